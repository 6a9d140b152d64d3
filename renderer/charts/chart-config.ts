// PURE: the complete Chart.js configuration of the history chart: scales (bounds and ticks via
// axes.ts), decimation, tooltip, band and alarm lines. The parts live in chart-input.ts (input
// and points), chart-words.ts (tooltip and spoken text) and history-datasets.ts (the curves).
// No DOM, so it is unit-tested in Node; components/history-chart.ts only hands it to Chart.js.
import type { ChartConfiguration } from 'chart.js';
import { DEFAULT_TARGETS } from '../../common/glucose/range';
import { fromMgdl } from '../../common/glucose/units';
import { formatClock, formatDay, isLongSpan } from '../format/time';
import { glucoseTicks, timeTicks, yBounds } from './axes';
import { RIGHT_EDGE_PX, type GlucosePoint, type HistoryChartInput } from './chart-input';
import { describePoint, thresholdLines } from './chart-words';
import { glucoseYAxis } from './glucose-axis';
import { longSpanDatasetsFor, rawDataset } from './history-datasets';
import { BUCKET_MS } from './long-span';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';

export {
  colourOf,
  RIGHT_EDGE_PX,
  toPoints,
  type ChartPalette,
  type GlucosePoint,
  type HistoryChartInput,
  type Targets,
} from './chart-input';
export { describePoint, summarize, thresholdLines } from './chart-words';

/** The complete Chart.js configuration for the history chart. */
export function buildHistoryConfig(
  input: HistoryChartInput,
  i18n: Translator = ENGLISH_WORDS,
): ChartConfiguration<'line', GlucosePoint[]> {
  const { unit, palette, privacy, targets } = input;
  const { locale } = i18n;
  const targetsOrDefault = targets ?? DEFAULT_TARGETS;
  const lines = thresholdLines(input, i18n);
  // Privacy mode draws no curve: its shape and colours would tell what the numbers hide. The
  // axis then ignores the readings too.
  const bounds = yBounds(
    privacy ? [] : input.mgdl,
    unit,
    lines.map((line) => line.mgdl),
  );
  const long = isLongSpan(input.span);
  const bucketMs = BUCKET_MS[input.span];
  const xTicks = timeTicks(input.from, input.to, input.span);
  const yTicks = glucoseTicks(bounds, targetsOrDefault, unit);
  return {
    type: 'line',
    data: { datasets: bucketMs ? longSpanDatasetsFor(input, bucketMs) : [rawDataset(input)] },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      layout: { padding: { right: RIGHT_EDGE_PX } },
      scales: {
        x: {
          type: 'linear',
          min: input.from,
          max: input.to,
          grid: { color: palette.grid },
          border: { color: palette.grid },
          afterBuildTicks: (axis) => {
            axis.ticks = xTicks.map((value) => ({ value }));
          },
          ticks: {
            display: !privacy,
            color: palette.text,
            maxRotation: 0,
            autoSkipPadding: 8,
            callback: (value) =>
              long ? formatDay(Number(value), locale) : formatClock(Number(value), locale),
          },
        },
        y: glucoseYAxis({ bounds, ticks: yTicks, palette, privacy, unit, locale }),
      },
      plugins: {
        legend: { display: false },
        // min-max keeps each pixel column's lowest and highest reading: a short low must
        // survive decimation (LTTB may smooth it away).
        decimation: { enabled: true, algorithm: 'min-max' },
        tooltip: {
          displayColors: false,
          // Only the readings (or medians) are read out, not band edges.
          filter: (item) => item.datasetIndex === 0,
          callbacks: {
            title: () => '',
            label: (item) => describePoint(item.raw as GlucosePoint, input, i18n),
          },
        },
        glucoseBands: {
          band: {
            low: fromMgdl(targetsOrDefault.lowMgdl, unit),
            high: fromMgdl(targetsOrDefault.highMgdl, unit),
          },
          lines: lines.map((line) => ({ value: fromMgdl(line.mgdl, unit), label: line.label })),
          bandColour: palette.band,
          lineColour: palette.threshold,
          labelColour: palette.text,
        },
      },
    },
  };
}

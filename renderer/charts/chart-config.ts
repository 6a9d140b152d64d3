// PURE: every decision about the history chart (colours per range, bounds and ticks via axes.ts,
// band, threshold lines, decimation, tooltip text, spoken summary). No DOM, so it is
// unit-tested in Node; components/history-chart.ts only hands the result to Chart.js.
import type {
  ChartConfiguration,
  ChartDataset,
  ScriptableContext,
  ScriptableLineSegmentContext,
} from 'chart.js';
import type { ChartSpan, Units } from '../../preload/contract';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import {
  classifyRange,
  DEFAULT_TARGETS,
  RANGE_WORDS,
  type TargetRange,
} from '../../common/glucose/range';
import { formatGlucose, fromMgdl, mgdlFrom } from '../../common/glucose/units';
import { formatClock, formatDay, formatDayClock, isLongSpan, spanWords } from '../format/time';
import { gapLimit, glucoseTicks, pointRadius, timeTicks, yBounds } from './axes';
import type { ChartPalette } from './chart-palette';
import { glucoseYAxis } from './glucose-axis';
import { aggregateSpan, BUCKET_MS } from './long-span';
import { describeBucket, longSpanDatasets, type BucketPoint } from './long-span-config';

/** Colours resolved from the style sheet (light or dark), so this module stays DOM-free. */
export type { ChartPalette } from './chart-palette';

/** The patient's target range (mg/dL); the bands themselves are common/glucose/range.ts. */
export type Targets = TargetRange;

/** A reading (short spans) or a bucket's median (long spans, with its bucket). */
export type GlucosePoint = BucketPoint;

/** Room right of the plot so the newest point (at the right edge) is drawn whole. */
export const RIGHT_EDGE_PX = 6;

export interface HistoryChartInput {
  span: ChartSpan;
  from: number;
  to: number;
  times: readonly number[];
  mgdl: readonly number[];
  /** The unit of the y axis (for `both`, mg/dL). */
  unit: Units;
  /** Shown in tooltips for the `both` preference. */
  secondaryUnit: Units | null;
  targets: Targets | null;
  /** Alarm thresholds drawn as lines, mg/dL; null when that alarm is unknown or off. */
  thresholds: { lowMgdl: number | null; highMgdl: number | null };
  privacy: boolean;
  palette: ChartPalette & { outerBand: string; innerBand: string };
}

export function colourOf(mgdl: number, targets: Targets | null, palette: ChartPalette): string {
  return palette[classifyRange(mgdl, targets ?? DEFAULT_TARGETS)];
}

/** Readings in the axis unit as Chart.js points (parsing is off, so this is the final shape). */
export function toPoints(
  times: readonly number[],
  mgdl: readonly number[],
  unit: Units,
): GlucosePoint[] {
  const n = Math.min(times.length, mgdl.length);
  const points: GlucosePoint[] = new Array<GlucosePoint>(n);
  for (let i = 0; i < n; i += 1) points[i] = { x: times[i]!, y: fromMgdl(mgdl[i]!, unit) };
  return points;
}

function valueText(mgdl: number, unit: Units, secondary: Units | null, privacy: boolean): string {
  if (privacy) return PRIVACY_MASK;
  const main = `${formatGlucose(mgdl, unit)} ${unit}`;
  return secondary ? `${main} (${formatGlucose(mgdl, secondary)} ${secondary})` : main;
}

/** What a tooltip or the keyboard announcement says about one point. */
export function describePoint(
  point: GlucosePoint,
  input: Pick<HistoryChartInput, 'span' | 'unit' | 'secondaryUnit' | 'privacy' | 'targets'>,
): string {
  const b = point.bucket;
  if (b && !input.privacy) {
    const when =
      b.end - b.start >= 86_400_000
        ? formatDay(b.start)
        : `${formatDayClock(b.start)}–${formatClock(b.end)}`;
    return `${when}: ${describeBucket(b, input.unit)}`;
  }
  const mgdl = mgdlFrom(point.y ?? 0, input.unit);
  const when = isLongSpan(input.span) ? formatDayClock(point.x) : formatClock(point.x);
  const band = input.privacy
    ? ''
    : `, ${RANGE_WORDS[classifyRange(mgdl, input.targets ?? DEFAULT_TARGETS)]}`;
  return `${when}: ${valueText(mgdl, input.unit, input.secondaryUnit, input.privacy)}${band}`;
}

/** One sentence for screen readers, e.g. `24 hours: 84% in range, lowest 62, highest 211 mg/dL`. */
export function summarize(
  input: Pick<HistoryChartInput, 'span' | 'mgdl' | 'unit' | 'targets' | 'privacy'>,
): string {
  const label = spanWords(input.span);
  if (input.mgdl.length === 0) return `${label}: no readings`;
  if (input.privacy) return `${label} of readings, hidden in privacy mode`;
  const t = input.targets ?? DEFAULT_TARGETS;
  let low = Infinity;
  let high = -Infinity;
  let inRange = 0;
  for (const v of input.mgdl) {
    if (v < low) low = v;
    if (v > high) high = v;
    if (classifyRange(v, t) === 'inRange') inRange += 1;
  }
  const percent = Math.round((inRange / input.mgdl.length) * 100);
  return (
    `${label}: ${percent}% in range, lowest ${formatGlucose(low, input.unit)}, ` +
    `highest ${formatGlucose(high, input.unit)} ${input.unit}`
  );
}

/**
 * The alarm thresholds drawn as lines, each labelled with what it is ("Low alarm 70"); privacy
 * mode leaves the number out, as it does on the axis.
 */
export function thresholdLines(
  input: Pick<HistoryChartInput, 'thresholds' | 'unit' | 'privacy'>,
): Array<{ mgdl: number; label: string }> {
  const { lowMgdl, highMgdl } = input.thresholds;
  const label = (name: string, mgdl: number) =>
    input.privacy ? name : `${name} ${formatGlucose(mgdl, input.unit)}`;
  return [
    ...(lowMgdl === null ? [] : [{ mgdl: lowMgdl, label: label('Low alarm', lowMgdl) }]),
    ...(highMgdl === null ? [] : [{ mgdl: highMgdl, label: label('High alarm', highMgdl) }]),
  ];
}

/** Short spans: every reading, coloured by range. */
function rawDataset(input: HistoryChartInput): ChartDataset<'line', GlucosePoint[]> {
  const { unit, palette, privacy, targets } = input;
  const toMgdl = (y: number) => mgdlFrom(y, unit);
  const long = isLongSpan(input.span);
  return {
    data: privacy ? [] : toPoints(input.times, input.mgdl, unit),
    borderColor: palette.line,
    borderWidth: long ? 1 : 1.5,
    pointRadius: pointRadius(input.span, input.times.length),
    pointHoverRadius: 5,
    pointBorderWidth: 0,
    pointHoverBorderWidth: 2,
    pointHoverBorderColor: palette.text,
    pointBackgroundColor: (ctx: ScriptableContext<'line'>) =>
      colourOf(toMgdl(ctx.parsed?.y ?? 0), targets, palette),
    segment: {
      borderColor: (ctx: ScriptableLineSegmentContext) =>
        colourOf(toMgdl(((ctx.p0.parsed.y ?? 0) + (ctx.p1.parsed.y ?? 0)) / 2), targets, palette),
    },
    spanGaps: gapLimit(input.span),
    tension: 0,
    // The newest reading sits on the right edge: let its dot overflow into the padding.
    clip: { left: 0, top: 0, right: RIGHT_EDGE_PX, bottom: 0 },
  };
}

/** Long spans: per-bucket median and ranges (see long-span.ts), none in privacy mode. */
function longSpan(
  input: HistoryChartInput,
  bucketMs: number,
): ChartDataset<'line', GlucosePoint[]>[] {
  // The viewer's clock: buckets start at local midnight like the axis' day ticks.
  const offsetMinutes = -new Date(input.to).getTimezoneOffset();
  const buckets = input.privacy
    ? []
    : aggregateSpan(input.times, input.mgdl, bucketMs, offsetMinutes);
  return longSpanDatasets(
    buckets,
    bucketMs,
    input.unit,
    input.targets ?? DEFAULT_TARGETS,
    input.palette,
  );
}

/** The complete Chart.js configuration for the history chart. */
export function buildHistoryConfig(
  input: HistoryChartInput,
): ChartConfiguration<'line', GlucosePoint[]> {
  const { unit, palette, privacy, targets } = input;
  const targetsOrDefault = targets ?? DEFAULT_TARGETS;
  const lines = thresholdLines(input);
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
    data: { datasets: bucketMs ? longSpan(input, bucketMs) : [rawDataset(input)] },
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
            callback: (value) => (long ? formatDay(Number(value)) : formatClock(Number(value))),
          },
        },
        y: glucoseYAxis({ bounds, ticks: yTicks, palette, privacy, unit }),
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
            label: (item) => describePoint(item.raw as GlucosePoint, input),
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

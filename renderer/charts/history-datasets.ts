// The history chart's datasets: every reading coloured by range for short spans, per-bucket
// median and ranges for long ones (long-span.ts). Privacy mode gives them no data.
import type { ChartDataset, ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import { DEFAULT_TARGETS } from '../../common/glucose/range';
import { mgdlFrom } from '../../common/glucose/units';
import { isLongSpan } from '../format/time';
import { gapLimit, pointRadius } from './axes';
import {
  colourOf,
  RIGHT_EDGE_PX,
  toPoints,
  type GlucosePoint,
  type HistoryChartInput,
} from './chart-input';
import { aggregateSpan } from './long-span';
import { longSpanDatasets } from './long-span-config';

/** Short spans: every reading, coloured by range. */
export function rawDataset(input: HistoryChartInput): ChartDataset<'line', GlucosePoint[]> {
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
export function longSpanDatasetsFor(
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

// PURE: the Chart.js datasets for a long span's buckets (see long-span.ts): the median as a line
// coloured by range, the 25–75 % and 5–95 % ranges as bands around it, and each bucket's lowest
// reading as a dot where it was below the target range, so lows stay visible at 90 days.
import type { ChartDataset, ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import type { Units } from '../../preload/contract';
import { classifyRange, type TargetRange } from '../../common/glucose/range';
import { formatGlucose, fromMgdl, mgdlFrom } from '../../common/glucose/units';
import type { RangeBand } from '../../common/glucose/vocabulary';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { SpanBucket } from './long-span';

/** A bucket's median (or lowest reading) as a chart point that knows its bucket. */
export interface BucketPoint {
  x: number;
  y: number | null;
  bucket?: SpanBucket;
}

export type BandPalette = Record<RangeBand, string> & { outerBand: string; innerBand: string };

type Key = 'p5' | 'p25' | 'p50' | 'p75' | 'p95' | 'min';

// Dataset labels are ids (p5 … p95): no legend is drawn and tooltips say describePoint's words,
// so no person reads them.

/** The bucket's words: median and middle half, and its lowest reading, in the axis unit. */
export function describeBucket(
  bucket: SpanBucket,
  unit: Units,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const v = (mgdl: number) => formatGlucose(mgdl, unit, i18n.locale);
  return i18n.t('chartText.bucket', {
    median: v(bucket.p50),
    unit,
    from: v(bucket.p25),
    to: v(bucket.p75),
    lowest: v(bucket.min),
  });
}

export function longSpanDatasets(
  buckets: readonly SpanBucket[],
  bucketMs: number,
  unit: Units,
  targets: TargetRange,
  palette: BandPalette,
): ChartDataset<'line', BucketPoint[]>[] {
  const at = (b: SpanBucket, key: Key): BucketPoint => ({
    x: (b.start + b.end) / 2,
    y: fromMgdl(b[key], unit),
    bucket: b,
  });
  // Bands break where buckets are missing (a null point), so no fill spans a sensor gap.
  const band = (key: Key): BucketPoint[] =>
    buckets.flatMap((b, i) => {
      const gap = i > 0 && b.start > buckets[i - 1]!.end;
      return gap ? [{ x: b.start, y: null }, at(b, key)] : [at(b, key)];
    });
  const colour = (y: number) => palette[classifyRange(mgdlFrom(y, unit), targets)];
  const edge = { borderWidth: 0, pointRadius: 0, pointHoverRadius: 0, fill: false } as const;
  return [
    {
      label: 'p50',
      data: buckets.map((b) => at(b, 'p50')),
      borderColor: palette.inRange,
      borderWidth: 1.5,
      pointRadius: 0,
      pointHoverRadius: 5,
      segment: {
        borderColor: (ctx: ScriptableLineSegmentContext) =>
          colour(((ctx.p0.parsed.y ?? 0) + (ctx.p1.parsed.y ?? 0)) / 2),
      },
      // A missing bucket leaves a visible break in the median too.
      spanGaps: bucketMs * 1.5,
      tension: 0,
    },
    { ...edge, label: 'p5', data: band('p5') },
    {
      ...edge,
      label: 'p95',
      data: band('p95'),
      fill: { target: 1 },
      backgroundColor: palette.outerBand,
    },
    { ...edge, label: 'p25', data: band('p25') },
    {
      ...edge,
      label: 'p75',
      data: band('p75'),
      fill: { target: 3 },
      backgroundColor: palette.innerBand,
    },
    {
      label: 'lowestBelowRange',
      data: buckets.filter((b) => b.min < targets.lowMgdl).map((b) => at(b, 'min')),
      showLine: false,
      pointRadius: 2.5,
      pointHoverRadius: 0,
      pointBorderWidth: 0,
      pointBackgroundColor: (ctx: ScriptableContext<'line'>) => colour(ctx.parsed?.y ?? 0),
    },
  ];
}

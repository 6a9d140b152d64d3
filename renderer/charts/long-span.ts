// PURE: long spans (7–90 days) summarised per time bucket instead of drawn reading by reading:
// at up to 27 readings per pixel a raw line is a solid band that hides nights and lows. Each
// bucket (1 h for 7 days … 1 day for 90) keeps the median, the 25–75 % and 5–95 % ranges and its
// lowest reading, so a short low is never averaged away.
import type { ChartSpan } from '../../preload/contract';
import { percentile } from '../../common/glucose/percentile';

const HOUR = 3_600_000;

/** Bucket width per long span: about 100–170 columns in the popover's 330 px of chart. */
export const BUCKET_MS: Partial<Record<ChartSpan, number>> = {
  '7d': HOUR,
  '14d': 2 * HOUR,
  '30d': 6 * HOUR,
  '90d': 24 * HOUR,
};

export interface SpanBucket {
  /** Bucket start and end, epoch ms. */
  start: number;
  end: number;
  count: number;
  /** mg/dL. */
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * Buckets of `bucketMs` aligned to the viewer's local midnight (`utcOffsetMinutes` east of UTC),
 * oldest first; buckets without readings are left out (the chart shows the gap).
 */
export function aggregateSpan(
  times: readonly number[],
  mgdl: readonly number[],
  bucketMs: number,
  utcOffsetMinutes: number,
): SpanBucket[] {
  const offset = utcOffsetMinutes * 60_000;
  const groups = new Map<number, number[]>();
  const n = Math.min(times.length, mgdl.length);
  for (let i = 0; i < n; i += 1) {
    const start = Math.floor((times[i]! + offset) / bucketMs) * bucketMs - offset;
    const values = groups.get(start);
    if (values) values.push(mgdl[i]!);
    else groups.set(start, [mgdl[i]!]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, values]) => {
      const sorted = values.sort((a, b) => a - b);
      const at = (p: number) => percentile(sorted, p) as number;
      return {
        start,
        end: start + bucketMs,
        count: sorted.length,
        p5: at(0.05),
        p25: at(0.25),
        p50: at(0.5),
        p75: at(0.75),
        p95: at(0.95),
        min: sorted[0]!,
        max: sorted[sorted.length - 1]!,
      };
    });
}

import type { Report } from '../../../common/history';
import { localMinuteOfDay, offsetFor } from './local-time';
import { percentile } from '../../../common/glucose/percentile';
import type { Reading } from './reading';
import { SLOT_MS } from './slots';

export type Agp = Report['agp'];

export interface AgpOptions {
  /** Width of one time-of-day row; must divide the 1440 minutes of a day. Default 15. */
  bucketMinutes?: number;
  /** UTC offset for readings that carry none (else 0). */
  defaultOffsetMinutes?: number;
}

export const DEFAULT_AGP_BUCKET_MINUTES = 15;

/**
 * Ambulatory glucose profile: the 5/25/50/75/95th percentiles of glucose by time of day in the
 * WEARER's local time (each reading's own offset), one row per bucket, null for a bucket without
 * readings. Percentiles by linear interpolation (see percentile.ts).
 *
 * Like the statistics, each 5-minute slot of real time counts once: readings sharing a slot (minute
 * data) are first averaged into one value, so days with live minute data do not outweigh days
 * known only from 5-minute graph data. Slots are keyed by absolute time AND bucket, so a slot never
 * mixes two buckets even with an odd offset.
 */
export function computeAgp(readings: readonly Reading[], options: AgpOptions = {}): Agp {
  const bucketMinutes = options.bucketMinutes ?? DEFAULT_AGP_BUCKET_MINUTES;
  if (!Number.isInteger(bucketMinutes) || bucketMinutes <= 0 || 1440 % bucketMinutes !== 0) {
    throw new RangeError(`computeAgp: bucketMinutes must divide 1440, got ${bucketMinutes}`);
  }
  const bucketCount = 1440 / bucketMinutes;
  const slots = new Map<string, { bucket: number; sum: number; count: number }>();
  for (const r of readings) {
    const minute = localMinuteOfDay(r.time, offsetFor(r, options.defaultOffsetMinutes));
    const bucket = Math.floor(minute / bucketMinutes);
    const key = `${Math.floor(r.time / SLOT_MS)}:${bucket}`;
    const slot = slots.get(key) ?? { bucket, sum: 0, count: 0 };
    slot.sum += r.mgdl;
    slot.count += 1;
    slots.set(key, slot);
  }
  const values: number[][] = Array.from({ length: bucketCount }, () => []);
  for (const slot of slots.values()) values[slot.bucket]?.push(slot.sum / slot.count);
  const sorted = values.map((v) => v.sort((a, b) => a - b));
  const row = (p: number) => sorted.map((v) => percentile(v, p));
  return {
    bucketMinutes,
    p5: row(0.05),
    p25: row(0.25),
    p50: row(0.5),
    p75: row(0.75),
    p95: row(0.95),
  };
}

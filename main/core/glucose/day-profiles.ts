import type { DayProfile, Report } from '../../../common/history';
import { localMinuteOfDay, offsetFor } from './local-time';
import type { Reading } from './reading';
import { computeStats } from './stats';

export type DayProfiles = Report['days'];

export const DAY_PROFILE_BUCKET_MINUTES = 15;
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** The wearer's local date (`YYYY-MM-DD`) of an instant at a UTC offset. */
export function localDate(time: number, offsetMinutes: number): string {
  return new Date(time + offsetMinutes * MINUTE).toISOString().slice(0, 10);
}

function profileOf(
  date: string,
  readings: readonly Reading[],
  fallbackOffset: number,
  span: { from: number; to: number },
): DayProfile {
  const first = readings[0];
  const last = readings.at(-1);
  const offset = first ? offsetFor(first, fallbackOffset) : fallbackOffset;
  const dayStart = Date.parse(`${date}T00:00:00Z`) - offset * MINUTE;
  // The day as the statistics see it: local midnight to midnight, cut to the report's span, and
  // stretched to hold every reading of the date (a DST or travel day is not 24 hours long).
  const from = Math.max(span.from, Math.min(dayStart, first?.time ?? dayStart));
  const to = Math.max(Math.min(dayStart + DAY, span.to), (last?.time ?? 0) + 1);
  const stats = computeStats(readings, { from, to });
  const sums = new Array<number>(1440 / DAY_PROFILE_BUCKET_MINUTES).fill(0);
  const counts = new Array<number>(sums.length).fill(0);
  let lowest = Infinity;
  let highest = -Infinity;
  for (const r of readings) {
    const bucket = Math.floor(
      localMinuteOfDay(r.time, offsetFor(r, fallbackOffset)) / DAY_PROFILE_BUCKET_MINUTES,
    );
    sums[bucket] = (sums[bucket] as number) + r.mgdl;
    counts[bucket] = (counts[bucket] as number) + 1;
    lowest = Math.min(lowest, r.mgdl);
    highest = Math.max(highest, r.mgdl);
  }
  return {
    date,
    mgdl: sums.map((sum, i) => (counts[i] ? sum / (counts[i] as number) : null)),
    readings: readings.length,
    timeInRange: stats.timeInRange,
    lows: stats.lowEpisodes.below70.count,
    lowestMgdl: readings.length ? lowest : null,
    highestMgdl: readings.length ? highest : null,
  };
}

/**
 * Small multiples for a report: one profile per calendar day of the WEARER (each reading's own
 * UTC offset, like the AGP) that the span [from, to] touches, oldest first, days without readings
 * included so gaps show. Each day: the 15-minute mean curve from local midnight (display only),
 * and the day's own consensus time in ranges and low episodes from computeStats, so a day's
 * numbers follow the same rules as the report's.
 */
export function computeDayProfiles(
  readings: readonly Reading[],
  span: { from: number; to: number },
  options: { defaultOffsetMinutes?: number } = {},
): DayProfiles {
  const sorted = [...readings].sort((a, b) => a.time - b.time);
  const newest = sorted.at(-1);
  const fallback = options.defaultOffsetMinutes ?? 0;
  // Empty days are named with the newest known offset (where the wearer is now).
  const reference = newest ? offsetFor(newest, fallback) : fallback;
  const byDate = new Map<string, Reading[]>();
  for (let t = span.from; t < span.to + DAY; t += DAY) {
    const date = localDate(Math.min(t, span.to), reference);
    if (!byDate.has(date)) byDate.set(date, []);
  }
  for (const r of sorted) {
    const date = localDate(r.time, offsetFor(r, fallback));
    const list = byDate.get(date) ?? [];
    list.push(r);
    byDate.set(date, list);
  }
  const dates = [...byDate.keys()].sort();
  return {
    bucketMinutes: DAY_PROFILE_BUCKET_MINUTES,
    profiles: dates.map((date) => profileOf(date, byDate.get(date) ?? [], reference, span)),
  };
}

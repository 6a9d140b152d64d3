import { findEpisodeStarts } from './episodes';
import { localMinuteOfDay, offsetFor } from './local-time';
import { CONSENSUS_TARGETS } from '../../../common/glucose/range';
import type { Reading } from './reading';
import { slotWeights } from './slots';

export type DayPeriod = 'night' | 'morning' | 'afternoon' | 'evening';

/** Periods of the wearer's local day, [startHour, endHour). */
export const DAY_PERIODS: readonly { period: DayPeriod; startHour: number; endHour: number }[] = [
  { period: 'night', startHour: 0, endHour: 6 },
  { period: 'morning', startHour: 6, endHour: 12 },
  { period: 'afternoon', startHour: 12, endHour: 18 },
  { period: 'evening', startHour: 18, endHour: 24 },
];

/** Low episodes: below 70 mg/dL; high episodes: above 250 mg/dL (each for ≥ 15 minutes). */
export const LOW_EPISODE_BELOW_MGDL = 70;
export const HIGH_EPISODE_ABOVE_MGDL = 250;

export interface PeriodPattern {
  period: DayPeriod;
  startHour: number;
  endHour: number;
  readings: number;
  /** Slot-weighted mean, mg/dL; null without readings. */
  meanMgdl: number | null;
  /** Slot-weighted fraction 0..1 within 70–180 mg/dL; null without readings. */
  timeInRange: number | null;
  /** Episodes (see episodes.ts) counted in the period where they START. */
  lowEpisodes: number;
  highEpisodes: number;
}

export type DailyPatterns = Record<DayPeriod, PeriodPattern>;

export interface DailyPatternOptions {
  /** UTC offset for readings that carry none (else 0). */
  defaultOffsetMinutes?: number;
}

/**
 * Glucose by part of the wearer's day, over all given readings (filter the span first). Readings
 * are weighted per 5-minute slot like the statistics. HI/LO count with their clamped values.
 */
export function dailyPatterns(
  readings: readonly Reading[],
  options: DailyPatternOptions = {},
): DailyPatterns {
  const sorted = [...readings].sort((a, b) => a.time - b.time);
  const periodOf = (r: Reading): DayPeriod => {
    const minute = localMinuteOfDay(r.time, offsetFor(r, options.defaultOffsetMinutes));
    // The four periods are six hours each, in order.
    return (DAY_PERIODS[Math.floor(minute / 360)] as (typeof DAY_PERIODS)[number]).period;
  };
  const acc = new Map<DayPeriod, { count: number; w: number; sum: number; inRange: number }>();
  const weights = slotWeights(sorted, 0);
  sorted.forEach((r, i) => {
    const w = weights[i] as number;
    const period = periodOf(r);
    const a = acc.get(period) ?? { count: 0, w: 0, sum: 0, inRange: 0 };
    a.count += 1;
    a.w += w;
    a.sum += w * r.mgdl;
    if (r.mgdl >= CONSENSUS_TARGETS.lowMgdl && r.mgdl <= CONSENSUS_TARGETS.highMgdl) a.inRange += w;
    acc.set(period, a);
  });
  const lows = findEpisodeStarts(sorted, (r) => r.mgdl < LOW_EPISODE_BELOW_MGDL).map(periodOf);
  const highs = findEpisodeStarts(sorted, (r) => r.mgdl > HIGH_EPISODE_ABOVE_MGDL).map(periodOf);
  const result = {} as DailyPatterns;
  for (const { period, startHour, endHour } of DAY_PERIODS) {
    const a = acc.get(period);
    result[period] = {
      period,
      startHour,
      endHour,
      readings: a?.count ?? 0,
      meanMgdl: a ? a.sum / a.w : null,
      timeInRange: a ? a.inRange / a.w : null,
      lowEpisodes: lows.filter((p) => p === period).length,
      highEpisodes: highs.filter((p) => p === period).length,
    };
  }
  return result;
}

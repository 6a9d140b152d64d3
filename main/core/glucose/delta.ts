import type { Reading } from './reading';

const MINUTE = 60_000;

/** The delta compares with the reading closest to 5 minutes before the latest one... */
export const DELTA_TARGET_MINUTES = 5;
/** ...but only with readings 4 to 7 minutes back (both ends included). */
export const DELTA_WINDOW_MIN_MINUTES = 4;
export const DELTA_WINDOW_MAX_MINUTES = 7;

/** The rate is a least-squares slope over the readings of the last 15 minutes... */
export const RATE_WINDOW_MINUTES = 15;
/** ...and needs at least this many usable readings spread over at least 5 minutes. */
export const RATE_MIN_READINGS = 3;
export const RATE_MIN_SPAN_MINUTES = 5;

/** Index of the first reading with time >= `time` (readings sorted by time, ascending). */
export function lowerBound(readings: readonly Reading[], time: number): number {
  let lo = 0;
  let hi = readings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((readings[mid] as Reading).time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The reading the ~5-minute delta compares with: the one closest to 5 minutes before
 * `latest.time`, among readings 4–7 minutes back. Comparing with "the previous reading" is what
 * breaks with 1-minute data (a 1-minute change shown as a 5-minute delta) and duplicates (a
 * delta of 0); a time window works the same for 1-minute, 5-minute, duplicated and gappy data.
 * On a tie the later reading wins, and among duplicates of one timestamp the last one given.
 */
export function findDeltaReference(readings: readonly Reading[], latest: Reading): Reading | null {
  const target = latest.time - DELTA_TARGET_MINUTES * MINUTE;
  const earliest = latest.time - DELTA_WINDOW_MAX_MINUTES * MINUTE;
  const latestAllowed = latest.time - DELTA_WINDOW_MIN_MINUTES * MINUTE;
  let best: Reading | null = null;
  for (let i = lowerBound(readings, earliest); i < readings.length; i += 1) {
    const candidate = readings[i] as Reading;
    if (candidate.time > latestAllowed) break;
    if (best === null || Math.abs(candidate.time - target) <= Math.abs(best.time - target)) {
      best = candidate;
    }
  }
  return best;
}

/**
 * Change in mg/dL over about 5 minutes, or null when no reading lies 4–7 minutes back or when
 * either side is HI/LO (a clamped value is not a measurement, so a difference would be made up).
 * `readings` must be sorted by time, ascending; it may or may not contain `latest`.
 */
export function deltaMgdl(readings: readonly Reading[], latest: Reading): number | null {
  if (latest.sensorLimit !== null) return null;
  const reference = findDeltaReference(readings, latest);
  if (reference === null || reference.sensorLimit !== null) return null;
  return latest.mgdl - reference.mgdl;
}

/**
 * Rate of change in mg/dL per minute: the least-squares slope through `latest` and the readings
 * of the 15 minutes before it. Least squares rather than endpoints, so one noisy reading at
 * either end does not swing the result. HI/LO readings are left out (clamped values would flatten
 * the slope); null when `latest` is HI/LO or when fewer than 3 usable readings spanning at least
 * 5 minutes remain. Readings sorted by time, ascending; a copy of `latest` in them counts once.
 */
export function ratePerMinute(readings: readonly Reading[], latest: Reading): number | null {
  if (latest.sensorLimit !== null) return null;
  const from = latest.time - RATE_WINDOW_MINUTES * MINUTE;
  const points: { x: number; y: number }[] = [{ x: 0, y: latest.mgdl }];
  for (let i = lowerBound(readings, from); i < readings.length; i += 1) {
    const r = readings[i] as Reading;
    if (r.time >= latest.time) break;
    if (r.sensorLimit === null) points.push({ x: (r.time - latest.time) / MINUTE, y: r.mgdl });
  }
  if (points.length < RATE_MIN_READINGS) return null;
  const xs = points.map((p) => p.x);
  if (Math.max(...xs) - Math.min(...xs) < RATE_MIN_SPAN_MINUTES) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / points.length;
  const meanY = points.reduce((a, p) => a + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  return sxy / sxx;
}

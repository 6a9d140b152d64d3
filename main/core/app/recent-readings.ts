import { trustedReadings } from '../../../common/glucose/reading-trust';
import type { Reading } from '../glucose/reading';

/** Readings closer than this are the same sensor reading seen twice (live value vs graph point). */
const SAME_READING_MS = 30_000;

/** How far back the recent readings reach: deltas, rates and alarms look at minutes, not hours. */
export const RECENT_WINDOW_MS = 30 * 60_000;

/**
 * A patient's recent readings with `readings` added: oldest first, duplicates dropped, and only
 * the window before the NEWEST reading kept (not before now), so the last known value survives
 * an outage. A reading dated in the future would cut the window to the minutes before IT,
 * dropping every real one, and an impossible value would alarm: neither gets in (reading-trust).
 */
export function addRecent(
  list: readonly Reading[],
  readings: readonly Reading[],
  now: number,
  windowMs: number = RECENT_WINDOW_MS,
): readonly Reading[] {
  const next = [...list];
  for (const reading of trustedReadings(readings, now)) {
    if (next.some((r) => Math.abs(r.time - reading.time) < SAME_READING_MS)) continue;
    next.push(reading);
  }
  next.sort((a, b) => a.time - b.time);
  const newest = next.at(-1)?.time ?? now;
  return next.filter((r) => r.time >= newest - windowMs);
}

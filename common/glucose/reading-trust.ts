/**
 * Whether a reading may be used at all: shown, alarmed on, kept in memory or history. The one
 * gate every path uses (core, `status`, `status --watch`, the history store).
 */
import { isFutureDated } from './clock-skew';
import { isPlausible } from './plausibility';
import type { SensorLimit } from './vocabulary';

export type ReadingProblem = 'futureDated' | 'implausible';

interface Checked {
  time: number;
  mgdl: number;
  sensorLimit: SensorLimit;
}

/** What is wrong with the reading at `now`, or null when it can be trusted. */
export function readingProblem(reading: Checked, now: number): ReadingProblem | null {
  // A reading without a usable time cannot be placed at all: as bad as an impossible value.
  if (!isPlausible(reading) || !Number.isFinite(reading.time)) return 'implausible';
  if (isFutureDated(reading, now)) return 'futureDated';
  return null;
}

/** The readings that can be trusted at `now`, in their order. */
export function trustedReadings<T extends Checked>(readings: readonly T[], now: number): T[] {
  return readings.filter((reading) => readingProblem(reading, now) === null);
}

/** The newest trusted reading; on equal times the earlier-listed one wins. Null if none. */
export function newestTrusted<T extends Checked>(readings: readonly T[], now: number): T | null {
  let newest: T | null = null;
  for (const reading of trustedReadings(readings, now)) {
    if (newest === null || reading.time > newest.time) newest = reading;
  }
  return newest;
}

/**
 * Why `latest` (the newest reading LibreLinkUp sent) is not what is shown, or null when it is
 * trusted or something at least as new is shown instead. The sentence is main's, in the
 * snapshot's language (main/core/snapshot/notice-words.ts).
 */
export function untrustedLatest(
  latest: Checked | null,
  shown: { time: number } | null,
  now: number,
): ReadingProblem | null {
  if (latest === null) return null;
  const kind = readingProblem(latest, now);
  if (kind === null || (shown !== null && shown.time >= latest.time)) return null;
  return kind;
}

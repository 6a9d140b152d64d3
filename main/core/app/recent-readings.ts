import type { Reading } from '../glucose/reading';

/** Readings closer than this are the same sensor reading seen twice (live value vs graph point). */
const SAME_READING_MS = 30_000;

/**
 * The last few minutes of readings per patient, in memory, for deltas, rates and alarms.
 * Kept relative to the newest reading (not to now) so the last known value survives an outage.
 */
export interface RecentReadings {
  add(patientId: string, readings: readonly Reading[], now: number): void;
  /** Oldest first. */
  of(patientId: string): readonly Reading[];
  clear(): void;
}

export function createRecentReadings(windowMs: number): RecentReadings {
  const byPatient = new Map<string, Reading[]>();
  return {
    add(patientId, readings, now) {
      const list = byPatient.get(patientId) ?? [];
      for (const reading of readings) {
        // Readings from the future (a wrong clock somewhere) are kept: ages clamp at zero.
        if (list.some((r) => Math.abs(r.time - reading.time) < SAME_READING_MS)) continue;
        list.push(reading);
      }
      list.sort((a, b) => a.time - b.time);
      const newest = list.at(-1)?.time ?? now;
      byPatient.set(
        patientId,
        list.filter((r) => r.time >= newest - windowMs),
      );
    },
    of: (patientId) => byPatient.get(patientId) ?? [],
    clear: () => byPatient.clear(),
  };
}

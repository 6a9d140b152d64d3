/** Pending graph backfills: per patient, not before a given time. Near-duplicates merge. */
export interface BackfillQueue {
  add(patientId: string, notBefore: number): void;
  /** Removes and returns the patient of the earliest entry due at `now`, or null. */
  takeDue(now: number): string | null;
  /** Brings the patient's earliest entry forward to `at` (never later). */
  pull(patientId: string, at: number): void;
  nextAt(): number | null;
  size(): number;
  /** Moves every entry by `ms` (the clock jumped: keep them as far away as they were). */
  shift(ms: number): void;
}

/** Two requests for the same patient this close together would fetch the same graph. */
const MERGE_WINDOW_MS = 60_000;

export function createBackfillQueue(): BackfillQueue {
  const entries: Array<{ patientId: string; notBefore: number }> = [];
  return {
    add(patientId, notBefore) {
      const twin = entries.find(
        (e) => e.patientId === patientId && Math.abs(e.notBefore - notBefore) < MERGE_WINDOW_MS,
      );
      if (twin) twin.notBefore = Math.min(twin.notBefore, notBefore);
      else entries.push({ patientId, notBefore });
      entries.sort((a, b) => a.notBefore - b.notBefore);
    },
    takeDue(now) {
      const first = entries[0];
      if (!first || first.notBefore > now) return null;
      entries.shift();
      return first.patientId;
    },
    pull(patientId, at) {
      const entry = entries.find((e) => e.patientId === patientId);
      if (!entry || entry.notBefore <= at) return;
      entry.notBefore = at;
      entries.sort((a, b) => a.notBefore - b.notBefore);
    },
    nextAt: () => entries[0]?.notBefore ?? null,
    size: () => entries.length,
    shift(ms) {
      for (const entry of entries) entry.notBefore += ms;
    },
  };
}

import type { Reading } from '../../../main/core/glucose/reading';

/** A fixed instant (2026-01-15 12:00 UTC) that tests count minutes from. */
export const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
export const MINUTE = 60_000;

/** A reading `minutes` after T0 (fractions allowed), UTC wearer, live source by default. */
export function reading(minutes: number, mgdl: number, extra: Partial<Reading> = {}): Reading {
  return {
    time: T0 + minutes * MINUTE,
    mgdl,
    trend: 'flat',
    sensorLimit: null,
    localOffsetMinutes: 0,
    source: 'live',
    ...extra,
  };
}

/** Readings at the given minutes with the given values (parallel arrays). */
export function series(minutes: readonly number[], values: readonly number[]): Reading[] {
  return minutes.map((m, i) => reading(m, values[i] as number));
}

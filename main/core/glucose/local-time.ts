import type { Reading } from './reading';

const MINUTES_PER_DAY = 1440;

/**
 * The UTC offset to use for a reading: its own (the wearer's phone at that moment, so travel and
 * DST are followed reading by reading), else the caller's default, else UTC.
 */
export function offsetFor(reading: Reading, defaultOffsetMinutes?: number | null): number {
  return reading.localOffsetMinutes ?? defaultOffsetMinutes ?? 0;
}

/** Minute of the wearer's local day, 0..1439, for an epoch time and a UTC offset. */
export function localMinuteOfDay(time: number, offsetMinutes: number): number {
  const minutes = Math.floor(time / 60_000) + offsetMinutes;
  return ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

import type { Reading } from './reading';

/** Readings are weighted per 5-minute slot: the spacing of LibreLinkUp's graph data. */
export const SLOT_MINUTES = 5;
export const SLOT_MS = SLOT_MINUTES * 60_000;

/** Index of the 5-minute slot holding `time`, counted from `origin` (floor, so it works below 0). */
export function slotIndex(time: number, origin: number): number {
  return Math.floor((time - origin) / SLOT_MS);
}

/**
 * Weight of each reading so that every occupied 5-minute slot counts once, whatever it holds:
 * a reading gets 1 / (number of readings in its slot). Live data arrives every minute and graph
 * data every 5 minutes (Libre 2 history even every 15); without this, an hour of minute data would
 * outweigh five hours of graph data in every average. The weights of a set sum to the number of
 * occupied slots. Order of `readings` does not matter; the result is parallel to it.
 */
export function slotWeights(readings: readonly Reading[], origin: number): number[] {
  const counts = new Map<number, number>();
  const slots = readings.map((r) => slotIndex(r.time, origin));
  for (const slot of slots) counts.set(slot, (counts.get(slot) ?? 0) + 1);
  return slots.map((slot) => 1 / (counts.get(slot) as number));
}

/**
 * "Urgent low soon": a projection from the recent trend that glucose will reach the urgent-low
 * level within 20 minutes, as Dexcom's Urgent Low Soon alert does (a 20-minute look-ahead at the
 * urgent-low level). It warns while there is still time to eat something; it is a projection,
 * not a measurement, and every text about it says so.
 */

/** How far ahead the projection looks, minutes. */
export const LOW_SOON_HORIZON_MINUTES = 20;

/**
 * Glucose `LOW_SOON_HORIZON_MINUTES` from now if it keeps changing at `ratePerMinute` (the
 * least-squares slope of the last 15 minutes, glucose/delta.ts), mg/dL.
 */
export function projectedMgdl(mgdl: number, ratePerMinute: number): number {
  return mgdl + ratePerMinute * LOW_SOON_HORIZON_MINUTES;
}

/**
 * Whether the urgent-low level will be reached within the horizon: glucose is still above it
 * (at or below, urgent low itself holds), it is falling, and the straight-line projection
 * reaches the level. An unknown or non-finite rate never projects anything.
 */
export function urgentLowSoon(
  mgdl: number,
  ratePerMinute: number | null,
  urgentLowMgdl: number,
): boolean {
  if (ratePerMinute === null || !Number.isFinite(ratePerMinute) || ratePerMinute >= 0) return false;
  if (mgdl <= urgentLowMgdl) return false;
  return projectedMgdl(mgdl, ratePerMinute) <= urgentLowMgdl;
}

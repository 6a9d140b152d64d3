/**
 * Plausibility: which values a glucose sensor can report at all. Anything else (0, 65,536,
 * 1e9 mg/dL) is bad data: never shown as a value, never alarmed on, kept out of the history and
 * so out of every statistic.
 */
import type { SensorLimit } from './vocabulary';

/**
 * FreeStyle Libre sensors measure 40–500 mg/dL (Libre 14 day / Libre 2 user's manuals, "Sensor
 * glucose reading range"; Libre 3 in the US reads up to 400). Outside it the sensor reports LO or
 * HI (LibreLinkUp's isLow / isHigh), not a number; the built-in simulator does the same.
 */
export const SENSOR_LOWEST_MGDL = 40;
export const SENSOR_HIGHEST_MGDL = 500;

/**
 * A value the sensor can have reported. HI/LO readings are trusted by their flag, whatever
 * number rides along: suppressing a real HI or LO would silence an alarm, which is worse than
 * an odd number behind a label that is never shown as a number.
 */
export function isPlausible(reading: { mgdl: number; sensorLimit: SensorLimit }): boolean {
  if (!Number.isFinite(reading.mgdl)) return false;
  if (reading.sensorLimit !== null) return true;
  return reading.mgdl >= SENSOR_LOWEST_MGDL && reading.mgdl <= SENSOR_HIGHEST_MGDL;
}

/**
 * The number a HI or LO reading stands for: its own when the sensor could have measured it,
 * otherwise the edge of the measuring range (LO → 40, HI → 500), the convention CGM reports use
 * for averages. The flag is what views show; this keeps a 65,535 riding along with a HI out of
 * means, percentiles and chart axes.
 */
export function valueAtSensorLimit(mgdl: number, limit: 'HI' | 'LO'): number {
  if (Number.isFinite(mgdl) && mgdl >= SENSOR_LOWEST_MGDL && mgdl <= SENSOR_HIGHEST_MGDL)
    return mgdl;
  return limit === 'HI' ? SENSOR_HIGHEST_MGDL : SENSOR_LOWEST_MGDL;
}

// The one place the renderer converts between units. Main formats every reading; the renderer
// only converts for settings inputs (thresholds are stored in mg/dL) and for chart geometry.
import type { Units, UnitsPreference } from '../../preload/contract';

/** mg/dL per mmol/L for glucose (molar mass 180.16 g/mol). */
export const MGDL_PER_MMOL = 18.0182;

/** The unit a view draws and edits in: `both` edits and plots in mg/dL, the lab unit LLU stores. */
export function primaryUnit(preference: UnitsPreference): Units {
  return preference === 'mmol/L' ? 'mmol/L' : 'mg/dL';
}

/** mg/dL to the given unit, unrounded. */
export function fromMgdl(mgdl: number, unit: Units): number {
  return unit === 'mmol/L' ? mgdl / MGDL_PER_MMOL : mgdl;
}

/** A value in the given unit to mg/dL, unrounded (chart geometry). */
export function mgdlFrom(value: number, unit: Units): number {
  return unit === 'mmol/L' ? value * MGDL_PER_MMOL : value;
}

/** A value in the given unit to mg/dL, rounded to `decimals` (integers by default). */
export function toMgdl(value: number, unit: Units, decimals = 0): number {
  const mgdl = mgdlFrom(value, unit);
  const factor = 10 ** decimals;
  return Math.round(mgdl * factor) / factor;
}

/** Digits shown for a glucose value in a unit: whole mg/dL, one decimal mmol/L. */
export function unitDecimals(unit: Units): number {
  return unit === 'mmol/L' ? 1 : 0;
}

/** A glucose value for display, e.g. `131` or `7.3`. */
export function formatGlucose(mgdl: number, unit: Units): string {
  return fromMgdl(mgdl, unit).toFixed(unitDecimals(unit));
}

/** A rate of change (mg/dL per minute) for display: one more decimal than a level. */
export function formatRate(mgdlPerMin: number, unit: Units): string {
  return fromMgdl(mgdlPerMin, unit).toFixed(unit === 'mmol/L' ? 2 : 1);
}

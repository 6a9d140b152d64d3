/**
 * Units: the one mg/dL <-> mmol/L factor, its rounding and the display of levels, deltas and
 * rates. Every view (tray, popover, CLI, export, settings inputs, chart geometry) converts here.
 */
import { formatDecimal } from '../i18n/format';
import type { UiLocale } from '../i18n/languages';
import type { SensorLimit, Units, UnitsPreference } from './vocabulary';

/**
 * Writes an already-rounded number: `7.3`, or `7,3` for a locale with a decimal comma. No
 * locale = the plain digits the CLI, JSON and exports use.
 */
function digits(value: number, decimals: number, locale: UiLocale | undefined): string {
  return locale ? formatDecimal(value, decimals, locale) : value.toFixed(decimals);
}

/**
 * mg/dL per mmol/L. Glucose has a molar mass of about 180.16 g/mol, so 1 mmol/L is about
 * 180.16 mg/L = 18.016 mg/dL; 18.0182 is the factor most diabetes software uses (it rests on
 * a slightly more precise molar mass). The 0.01 % difference never shows at display precision.
 * What matters is that this ONE factor is used everywhere (tray, popover, export, settings), so
 * the same mg/dL value always shows the same mmol/L text.
 */
export const MGDL_PER_MMOL = 18.0182;

/**
 * Rounds half away from zero: half-up for positive values, and mirrored for negative ones so
 * a rise and a fall of the same size show the same digits. The tiny nudge absorbs binary
 * representation error (1.005 * 100 is 100.49999999999999), so a value that is mathematically on
 * a half really rounds up; it is far below any difference a sensor can produce.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const magnitude = Math.round(Math.abs(value) * factor + 1e-9) / factor;
  if (magnitude === 0) return 0; // never -0: it would print as '-0'
  return value < 0 ? -magnitude : magnitude;
}

/** mg/dL to mmol/L, rounded to one decimal (half-up on the exact mmol/L value). */
export function mgdlToMmol(mgdl: number): number {
  return roundHalfAwayFromZero(mgdl / MGDL_PER_MMOL, 1);
}

/** mmol/L to mg/dL, rounded to a whole number. */
export function mmolToMgdl(mmol: number): number {
  return roundHalfAwayFromZero(mmol * MGDL_PER_MMOL, 0);
}

export function unitLabel(units: Units): string {
  return units === 'mg/dL' ? 'mg/dL' : 'mmol/L';
}

/**
 * The number as a person reads it: '131' or '7.3'. Display only: every comparison (ranges,
 * thresholds, alarms) is done on the mg/dL value, so switching units never moves a boundary.
 * A non-finite value (a bug upstream) prints as '?' rather than 'NaN'.
 */
export function formatGlucose(mgdl: number, units: Units, locale?: UiLocale): string {
  if (!Number.isFinite(mgdl)) return '?';
  return units === 'mg/dL'
    ? digits(roundHalfAwayFromZero(mgdl, 0), 0, locale)
    : digits(mgdlToMmol(mgdl), 1, locale);
}

/** Like formatGlucose, but a reading at the sensor's limit shows as 'HI' / 'LO'. */
export function formatReadingValue(
  reading: { mgdl: number; sensorLimit: SensorLimit },
  units: Units,
  locale?: UiLocale,
): string {
  return reading.sensorLimit ?? formatGlucose(reading.mgdl, units, locale);
}

/** The minus sign (U+2212): as wide as '+', and read as "minus" by screen readers, unlike '-'. */
export const MINUS = '\u2212';

/**
 * Signed change: '+3', '−12', '±0' (mg/dL) or '+0.2', '−0.7', '±0.0' (mmol/L), with a real
 * minus sign (MINUS), never a hyphen. The delta itself
 * is converted (not the difference of two rounded mmol values), so it may differ by 0.1 from
 * subtracting the two displayed values. A change that rounds to zero gets '±' because '+0'
 * or '-0' would suggest a direction the data does not show.
 */
export function formatDelta(
  deltaMgdl: number | null,
  units: Units,
  locale?: UiLocale,
): string | null {
  if (deltaMgdl === null || !Number.isFinite(deltaMgdl)) return null;
  const decimals = units === 'mg/dL' ? 0 : 1;
  const value = roundHalfAwayFromZero(
    units === 'mg/dL' ? deltaMgdl : deltaMgdl / MGDL_PER_MMOL,
    decimals,
  );
  const magnitude = digits(Math.abs(value), decimals, locale);
  if (value === 0) return `±${magnitude}`;
  return `${value > 0 ? '+' : MINUS}${magnitude}`;
}

/** Value with its unit for sentences: '131 mg/dL', '7.3 mmol/L', '131 mg/dL (7.3 mmol/L)'. */
export function formatWithUnit(mgdl: number, units: UnitsPreference, locale?: UiLocale): string {
  const mg = `${formatGlucose(mgdl, 'mg/dL', locale)} mg/dL`;
  const mmol = `${formatGlucose(mgdl, 'mmol/L', locale)} mmol/L`;
  if (units === 'both') return `${mg} (${mmol})`;
  return units === 'mg/dL' ? mg : mmol;
}

/** The unit a view draws and edits in: `both` shows, draws and edits mg/dL first. */
export function primaryUnit(preference: UnitsPreference): Units {
  return preference === 'mmol/L' ? 'mmol/L' : 'mg/dL';
}

/** Digits shown for a glucose level in a unit: whole mg/dL, one decimal mmol/L. */
export function unitDecimals(unit: Units): number {
  return unit === 'mmol/L' ? 1 : 0;
}

/** mg/dL to the given unit, unrounded (chart geometry). */
export function fromMgdl(mgdl: number, unit: Units): number {
  return unit === 'mmol/L' ? mgdl / MGDL_PER_MMOL : mgdl;
}

/** A value in the given unit to mg/dL, unrounded (chart geometry). */
export function mgdlFrom(value: number, unit: Units): number {
  return unit === 'mmol/L' ? value * MGDL_PER_MMOL : value;
}

/** A value typed in the given unit to mg/dL (how settings are stored), rounded to `decimals`. */
export function toMgdl(value: number, unit: Units, decimals = 0): number {
  return roundHalfAwayFromZero(mgdlFrom(value, unit), decimals);
}

/** A rate of change (mg/dL per minute) for display: one more decimal than a level. */
export function formatRate(mgdlPerMin: number, unit: Units, locale?: UiLocale): string {
  const decimals = unitDecimals(unit) + 1;
  return digits(fromMgdl(mgdlPerMin, unit), decimals, locale);
}

/** A rate with its unit for sentences: '2.4 mg/dL', '0.13 mmol/L' or '2.4 mg/dL (0.13 mmol/L)'. */
export function formatRateWithUnit(
  mgdlPerMin: number,
  units: UnitsPreference,
  locale?: UiLocale,
): string {
  const mg = `${formatRate(mgdlPerMin, 'mg/dL', locale)} mg/dL`;
  const mmol = `${formatRate(mgdlPerMin, 'mmol/L', locale)} mmol/L`;
  if (units === 'both') return `${mg} (${mmol})`;
  return units === 'mg/dL' ? mg : mmol;
}

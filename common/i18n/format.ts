/**
 * Numbers and clock times in the reader's locale: a decimal comma where the locale writes one
 * (7,3 mmol/L in German, French, Spanish, Italian and Dutch) and the locale's own clock
 * (24-hour in all of them, and in en-GB). Rounding stays with the glucose rules
 * (common/glucose/units.ts): these functions only write an already-rounded number.
 */
import type { UiLocale } from './languages';

/** Intl formatters are costly to build; a few per locale are kept. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `7.3` / `7,3`; no grouping (a glucose value never has thousands), fixed decimals. */
export function formatDecimal(value: number, decimals: number, locale: UiLocale): string {
  const key = `${locale.tag}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A time of day, `14:05` (de, fr, …, en-GB) or `2:05 PM` (en-US), in `timeZone` if given. */
export function formatClockTime(ms: number, locale: UiLocale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale.tag, {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

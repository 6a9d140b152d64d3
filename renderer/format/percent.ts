// Presenting Report fractions. Rounded band percentages must add up to exactly 100, or a
// careful reader sees "99 %" and wonders what is missing.
import type { UiLocale } from '../../common/i18n/languages';

/**
 * Whole percentages for fractions that sum to ~1, by the largest-remainder method: the
 * result always sums to 100 (unless every fraction is zero) and no band moves by more than 1.
 */
export function roundPercents(fractions: readonly number[]): number[] {
  const total = fractions.reduce((sum, f) => sum + Math.max(0, f), 0);
  if (total <= 0) return fractions.map(() => 0);
  const exact = fractions.map((f) => (Math.max(0, f) / total) * 100);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    missing -= 1;
  }
  return floors;
}

/** Intl formatters are costly to build; one per locale and precision is kept. */
const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * `percent` (already ×100, already rounded to `decimals`) with the locale's percent sign:
 * `84%` in English, `84 %` in German and French (a no-break space before the sign). Without a
 * locale, the plain `84%` the English views always wrote.
 */
export function formatPercent(percent: number, decimals: number, locale?: UiLocale): string {
  if (!locale) return `${percent.toFixed(decimals)}%`;
  const key = `${locale.tag}|${decimals}`;
  let format = percentFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag, {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    percentFormats.set(key, format);
  }
  return format.format(percent / 100);
}

/** A fraction 0..1 as a whole percent, e.g. `84%` (`84 %` in German). */
export function formatFraction(fraction: number, locale?: UiLocale): string {
  return formatPercent(Math.round(fraction * 100), 0, locale);
}

/** A percent value (already ×100) with one decimal, e.g. `6.8%` (`6,8 %` in German). */
export function formatPercentValue(percent: number, locale?: UiLocale): string {
  return formatPercent(Number(percent.toFixed(1)), 1, locale);
}

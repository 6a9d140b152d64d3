// Presenting Report fractions. Rounded band percentages must add up to exactly 100, or a
// careful reader sees "99 %" and wonders what is missing.

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

/** A fraction 0..1 as a whole percent, e.g. `84%`. */
export function formatFraction(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A percent value (already ×100) with one decimal, e.g. `6.8%`. */
export function formatPercentValue(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

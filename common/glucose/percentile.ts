/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7, the default
 * of numpy, R and spreadsheet PERCENTILE.INC): rank h = (n − 1) × p on the sorted values, and
 * the result is interpolated between the values at floor(h) and ceil(h).
 * `sorted` must be ascending; `p` is 0..1. Empty input → null.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be within 0..1, got ${p}`);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (h - below) * (upper - lower);
}

/** `rows('ab', 3)` → `'ab ab ab'`: keeps the long straight runs of a glyph readable in source. */
export function rows(row: string, count: number): string {
  return Array.from({ length: count }, () => row).join(' ');
}

// Chart colours come from the style sheet's custom properties, so light and dark themes are
// defined once in styles.css and the pure chart config receives plain strings.
import type { AgpPalette } from './agp-config';

const NAMES = [
  'veryLow',
  'low',
  'inRange',
  'high',
  'veryHigh',
  'line',
  'band',
  'threshold',
  'grid',
  'text',
  'outerBand',
  'innerBand',
  'median',
] as const satisfies readonly (keyof AgpPalette)[];

function cssName(key: string): string {
  return `--chart-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Reads `--chart-*` custom properties from the root element. */
export function readPalette(root: Element = document.documentElement): AgpPalette {
  const style = getComputedStyle(root);
  const entries = NAMES.map((key) => [key, style.getPropertyValue(cssName(key)).trim() || 'gray']);
  return Object.fromEntries(entries) as AgpPalette;
}

/** Calls `listener` when the colour scheme flips; returns the unsubscribe. */
export function onSchemeChange(listener: () => void): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

// WCAG 2.x contrast of the digits in a tray icon against what surrounds them, as drawn on a
// panel of a given colour: the icon is composited over the panel, the background is the
// colour covering most of it (the panel, or a tile the icon paints itself), and the ink is the
// fully opaque colour that stands out most from it while covering at least 3 % of the icon.
import type { DecodedPng } from './standin/png-decode';
import type { Rgb } from './standin/personalities';

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function digitContrast(
  icon: DecodedPng,
  panel: Rgb,
): { ratio: number; ink: Rgb; background: Rgb } {
  const counts = new Map<string, number>();
  const opaque = new Map<string, number>();
  for (let i = 0; i < icon.rgba.length; i += 4) {
    const a = icon.rgba[i + 3]! / 255;
    const px = [0, 1, 2].map((c) => Math.round(icon.rgba[i + c]! * a + panel[c]! * (1 - a)));
    const key = px.join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (a >= 0.98) opaque.set(key, (opaque.get(key) ?? 0) + 1);
  }
  const parse = (key: string) => key.split(',').map(Number) as unknown as Rgb;
  const background = parse([...counts.entries()].sort((x, y) => y[1] - x[1])[0]![0]);
  const minimum = icon.width * icon.height * 0.03;
  let ink: Rgb = background;
  for (const [key, n] of opaque) {
    const colour = parse(key);
    if (n >= minimum && contrastRatio(colour, background) > contrastRatio(ink, background))
      ink = colour;
  }
  return { ratio: contrastRatio(ink, background), ink, background };
}

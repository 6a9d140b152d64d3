/**
 * Bitmap fonts drawn for tray icons. Outline fonts blur at 16 px; hand-placed pixels stay
 * crisp, and condensed digits let `398` and `12.4` fit a 16 px square (GlucoseTray #80 shows
 * how quickly a squeezed system font becomes unreadable).
 */
import { BOLD_FONT, LARGE_FONT } from './font-bold';
import { HEAVY_FONT } from './font-heavy';
import { MEDIUM_FONT, NARROW_FONT, TINY_FONT } from './font-narrow';
import type { FontSource } from './font-source';

export interface Glyph {
  width: number;
  /** Row-major ink mask, `width * font height` entries. */
  ink: readonly boolean[];
}

export interface PixelFont {
  name: string;
  height: number;
  stroke: number;
  spacing: number;
  /** Width of the widest digit: fitting uses it so equal-length values get equal sizes. */
  digitWidth: number;
  glyphs: ReadonlyMap<string, Glyph>;
}

/** Characters every font must draw; the tray model only ever asks for these. */
export const REQUIRED_CHARACTERS = '0123456789.,-+HILO?!—•';

function parseGlyph(font: FontSource, char: string, source: string): Glyph {
  const rows = source.split(' ');
  const width = rows[0]?.length ?? 0;
  if (rows.length !== font.height || rows.some((row) => row.length !== width)) {
    throw new Error(`font ${font.name}: glyph '${char}' is not ${font.height} rows of equal width`);
  }
  return { width, ink: rows.flatMap((row) => [...row].map((cell) => cell === '#')) };
}

export function compileFont(source: FontSource): PixelFont {
  const glyphs = new Map<string, Glyph>();
  for (const [char, rows] of Object.entries(source.glyphs)) {
    glyphs.set(char, parseGlyph(source, char, rows));
  }
  for (const char of REQUIRED_CHARACTERS) {
    if (!glyphs.has(char)) throw new Error(`font ${source.name}: missing glyph '${char}'`);
  }
  const digitWidth = Math.max(...[...'0123456789'].map((d) => glyphs.get(d)?.width ?? 0));
  return {
    name: source.name,
    height: source.height,
    stroke: source.stroke,
    spacing: source.spacing,
    digitWidth,
    glyphs,
  };
}

/** Every font, largest first. Compiled once; the result is never mutated. */
export const FONTS: readonly PixelFont[] = Object.freeze(
  [HEAVY_FONT, LARGE_FONT, BOLD_FONT, MEDIUM_FONT, NARROW_FONT, TINY_FONT].map(compileFont),
);

export function glyphFor(font: PixelFont, char: string): Glyph {
  const glyph = font.glyphs.get(char);
  if (!glyph) throw new RangeError(`no tray glyph for character U+${char.codePointAt(0)}`);
  return glyph;
}

/** Width in font pixels (unscaled). With `asWidestDigits`, every digit counts as the widest one. */
export function measureText(font: PixelFont, text: string, asWidestDigits = false): number {
  const chars = [...text];
  let width = 0;
  for (const char of chars) {
    const glyph = glyphFor(font, char);
    width += asWidestDigits && char >= '0' && char <= '9' ? font.digitWidth : glyph.width;
  }
  return width + font.spacing * Math.max(0, chars.length - 1);
}

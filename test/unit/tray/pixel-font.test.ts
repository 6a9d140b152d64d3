import { describe, expect, it } from 'vitest';
import {
  compileFont,
  FONTS,
  glyphFor,
  measureText,
  REQUIRED_CHARACTERS,
} from '../../../main/core/tray/pixel-font';
import type { FontSource } from '../../../main/core/tray/font-source';

const tinySource: FontSource = {
  name: 'test',
  height: 2,
  stroke: 1,
  spacing: 1,
  glyphs: Object.fromEntries([...REQUIRED_CHARACTERS].map((c) => [c, '## #.'])),
};

describe('pixel fonts', () => {
  it('every font draws every character the tray model can ask for', () => {
    for (const font of FONTS) {
      for (const char of REQUIRED_CHARACTERS) {
        const glyph = glyphFor(font, char);
        expect(glyph.ink).toHaveLength(glyph.width * font.height);
        expect(glyph.ink.some(Boolean), `${font.name} '${char}' has ink`).toBe(true);
      }
    }
  });

  it('no two digits of a font share a bitmap (a 3 must never look like an 8)', () => {
    for (const font of FONTS) {
      const shapes = [...'0123456789'].map((d) => glyphFor(font, d).ink.join(''));
      expect(new Set(shapes).size, font.name).toBe(10);
    }
  });

  it('the decimal point and comma are narrower than any digit', () => {
    for (const font of FONTS) {
      for (const mark of ['.', ',']) {
        expect(glyphFor(font, mark).width).toBeLessThan(glyphFor(font, '0').width);
      }
    }
  });

  it('fonts are listed tallest first, with distinct sizes', () => {
    const heights = FONTS.map((f) => f.height);
    expect(heights).toEqual([...heights].sort((a, b) => b - a));
    expect(new Set(FONTS.map((f) => f.name)).size).toBe(FONTS.length);
  });

  it('measures glyph widths plus spacing; fitting counts digits as the widest one', () => {
    const narrow = FONTS.find((f) => f.name.startsWith('narrow'))!;
    // '1' is three columns, other digits four, '.' one, spacing one.
    expect(measureText(narrow, '131')).toBe(3 + 1 + 4 + 1 + 3);
    expect(measureText(narrow, '131', true)).toBe(4 + 1 + 4 + 1 + 4);
    expect(measureText(narrow, '12.4', true)).toBe(4 + 1 + 4 + 1 + 1 + 1 + 4);
    expect(measureText(narrow, '')).toBe(0);
  });

  it('rejects characters it has no glyph for', () => {
    expect(() => glyphFor(FONTS[0]!, 'x')).toThrow(RangeError);
    expect(() => measureText(FONTS[0]!, '1x')).toThrow(RangeError);
  });

  it('refuses a font with ragged rows, a wrong row count or a missing glyph', () => {
    expect(() => compileFont(tinySource)).not.toThrow();
    const ragged = { ...tinySource, glyphs: { ...tinySource.glyphs, '7': '## #' } };
    expect(() => compileFont(ragged)).toThrow(/equal width/);
    const short = { ...tinySource, glyphs: { ...tinySource.glyphs, '7': '##' } };
    expect(() => compileFont(short)).toThrow(/rows/);
    const { H: _dropped, ...withoutH } = tinySource.glyphs;
    expect(() => compileFont({ ...tinySource, glyphs: withoutH })).toThrow(/missing glyph 'H'/);
  });
});

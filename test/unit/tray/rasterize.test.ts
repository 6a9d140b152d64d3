import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tone } from '../../../preload/contract';
import { iconColours, type Rgb, type TaskbarTheme } from '../../../main/core/tray/palette';
import { glyphFor } from '../../../main/core/tray/pixel-font';
import {
  ICON_SIZES,
  layoutText,
  renderValueIcon,
  type RasterImage,
  type ValueIconSpec,
} from '../../../main/core/tray/rasterize';

const TONES: Tone[] = ['inRange', 'low', 'urgentLow', 'high', 'urgentHigh', 'stale', 'none'];
const THEMES: TaskbarTheme[] = ['light', 'dark'];
const TEXTS = ['131', '54', '398', '12.4', '5.6', '22.1', '7,3', 'HI', 'LO', '?', '!', '—', '•••'];

function pixel(image: RasterImage, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.rgba[i]!, image.rgba[i + 1]!, image.rgba[i + 2]!, image.rgba[i + 3]!];
}

function pixelsOf(image: RasterImage, rgb: Rgb): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b, a] = pixel(image, x, y);
      if (a === 255 && r === rgb[0] && g === rgb[1] && b === rgb[2]) found.push([x, y]);
    }
  }
  return found;
}

function opaqueCount(image: RasterImage): number {
  let n = 0;
  for (let i = 3; i < image.rgba.length; i += 4) if (image.rgba[i] === 255) n++;
  return n;
}

/** Ink pixels the text should produce if nothing is clipped. */
function expectedInk(spec: ValueIconSpec, size: (typeof ICON_SIZES)[number]): number {
  const inset = iconColours(spec.tone, spec.stale, spec.theme).badge ? (size >= 24 ? 2 : 1) : 0;
  const layout = layoutText(spec.text, size, inset);
  let ink = 0;
  for (const char of spec.text) ink += glyphFor(layout.font, char).ink.filter(Boolean).length;
  return ink * layout.scale * layout.scale;
}

/** Checks one icon: size, every glyph pixel drawn (nothing clipped), text inside its margins. */
function checkIcon(spec: ValueIconSpec, size: (typeof ICON_SIZES)[number]): void {
  const image = renderValueIcon(spec, size);
  expect([image.width, image.height, image.rgba.length]).toEqual([size, size, size * size * 4]);
  const colours = iconColours(spec.tone, spec.stale, spec.theme);
  const ink = pixelsOf(image, colours.ink);
  if (!colours.mark) expect(ink).toHaveLength(expectedInk(spec, size));
  const inset = colours.badge ? 1 : 0;
  const xs = ink.map(([x]) => x);
  const ys = ink.map(([, y]) => y);
  expect(Math.min(...xs, size)).toBeGreaterThanOrEqual(inset);
  expect(Math.min(...ys, size)).toBeGreaterThanOrEqual(inset);
  expect(Math.max(...xs, 0)).toBeLessThan(size - inset);
  expect(Math.max(...ys, 0)).toBeLessThan(size - inset);
}

describe('renderValueIcon', () => {
  it('draws every tray text at every size, tone and theme without clipping', () => {
    for (const size of ICON_SIZES) {
      for (const text of TEXTS) {
        for (const tone of TONES) {
          for (const theme of THEMES) checkIcon({ text, tone, stale: false, theme }, size);
        }
      }
    }
  });

  it('fits any realistic mg/dL or mmol/L value (property)', () => {
    const mgdl = fc.integer({ min: 20, max: 600 }).map(String);
    const mmol = fc
      .tuple(fc.integer({ min: 10, max: 333 }), fc.constantFrom('.', ','))
      .map(([tenths, mark]) => (tenths / 10).toFixed(1).replace('.', mark));
    fc.assert(
      fc.property(
        fc.oneof(mgdl, mmol),
        fc.constantFrom(...TONES),
        fc.boolean(),
        fc.constantFrom(...THEMES),
        fc.constantFrom(...ICON_SIZES),
        (text, tone, stale, theme, size) => checkIcon({ text, tone, stale, theme }, size),
      ),
      { numRuns: 400 },
    );
  });

  it('leaves the background transparent and centres the text', () => {
    for (const size of ICON_SIZES) {
      const image = renderValueIcon(
        { text: '131', tone: 'inRange', stale: false, theme: 'dark' },
        size,
      );
      for (const [x, y] of [
        [0, 0],
        [size - 1, 0],
        [0, size - 1],
        [size - 1, size - 1],
      ] as const) {
        expect(pixel(image, x, y)[3]).toBe(0);
      }
      const ink = pixelsOf(image, iconColours('inRange', false, 'dark').ink);
      const xs = ink.map(([x]) => x);
      const ys = ink.map(([, y]) => y);
      const left = Math.min(...xs);
      const right = size - 1 - Math.max(...xs);
      const top = Math.min(...ys);
      const bottom = size - 1 - Math.max(...ys);
      expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
      expect(Math.abs(top - bottom)).toBeLessThanOrEqual(1);
    }
  });

  it('gives values of equal length the same font, so the value does not jump in size', () => {
    for (const size of ICON_SIZES) {
      const a = layoutText('111', size, 0);
      const b = layoutText('388', size, 0);
      expect([a.font.name, a.scale]).toEqual([b.font.name, b.scale]);
      expect(layoutText('5.6', size, 0).height).toBeGreaterThanOrEqual(
        layoutText('12.4', size, 0).height,
      );
    }
  });

  it('uses most of a 16 px icon for three digits and more for two', () => {
    expect(layoutText('398', 16, 0).height).toBeGreaterThanOrEqual(11);
    expect(layoutText('54', 16, 0).height).toBeGreaterThanOrEqual(12);
    expect(layoutText('22.8', 16, 0).width).toBeLessThanOrEqual(16);
  });

  it('puts urgent values on an opaque badge (colour is not the only signal)', () => {
    for (const size of ICON_SIZES) {
      for (const theme of THEMES) {
        for (const tone of ['urgentLow', 'urgentHigh'] as const) {
          const image = renderValueIcon({ text: '54', tone, stale: false, theme }, size);
          const { badge } = iconColours(tone, false, theme);
          expect(pixel(image, 0, Math.floor(size / 2))).toEqual([...badge!, 255]);
          expect(opaqueCount(image) / (size * size)).toBeGreaterThan(0.9);
          const plain = renderValueIcon({ text: '54', tone: 'low', stale: false, theme }, size);
          expect(opaqueCount(plain) / (size * size)).toBeLessThan(0.6);
        }
      }
    }
  });

  it('rounds the badge corners with partial alpha', () => {
    const image = renderValueIcon(
      { text: '54', tone: 'urgentLow', stale: false, theme: 'dark' },
      32,
    );
    expect(pixel(image, 0, 0)[3]).toBeLessThan(128);
    expect(pixel(image, 16, 0)[3]).toBe(255);
  });

  it('makes a stale value look unmistakably different: grey digits and a slash', () => {
    for (const size of ICON_SIZES) {
      for (const theme of THEMES) {
        const fresh = renderValueIcon({ text: '131', tone: 'inRange', stale: false, theme }, size);
        const stale = renderValueIcon({ text: '131', tone: 'inRange', stale: true, theme }, size);
        expect(Buffer.from(stale.rgba).equals(Buffer.from(fresh.rgba))).toBe(false);
        const colours = iconColours('inRange', true, theme);
        // Only the slash may share the neutral colour, never the digits.
        const neutral = pixelsOf(stale, iconColours('inRange', false, theme).ink);
        expect(neutral.length).toBeGreaterThanOrEqual(size);
        for (const [x, y] of neutral) expect([size - 1, size - 2]).toContain(x + y);
        expect(pixelsOf(stale, colours.ink).length).toBeGreaterThan(10);
        // The slash runs corner to corner, through the transparent margins too.
        expect(pixel(stale, 0, size - 1)).toEqual([...colours.mark!, 255]);
        expect(pixel(stale, size - 1, 0)).toEqual([...colours.mark!, 255]);
        expect(pixel(fresh, 0, size - 1)[3]).toBe(0);
      }
    }
  });

  it('a stale urgent value loses its badge: stale wins over range', () => {
    const image = renderValueIcon(
      { text: '54', tone: 'urgentLow', stale: true, theme: 'dark' },
      16,
    );
    expect(opaqueCount(image) / 256).toBeLessThan(0.6);
  });

  it('is deterministic', () => {
    const spec: ValueIconSpec = { text: '12.4', tone: 'high', stale: false, theme: 'light' };
    expect(Buffer.from(renderValueIcon(spec, 24).rgba)).toEqual(
      Buffer.from(renderValueIcon(spec, 24).rgba),
    );
  });

  it('throws instead of drawing something misleading', () => {
    const base = { tone: 'inRange' as const, stale: false, theme: 'dark' as const };
    expect(() => renderValueIcon({ ...base, text: '13a' }, 16)).toThrow(RangeError);
    expect(() => renderValueIcon({ ...base, text: '1234567' }, 16)).toThrow(/does not fit/);
  });
});

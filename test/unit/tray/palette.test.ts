import { describe, expect, it } from 'vitest';
import type { Tone } from '../../../preload/contract';
import { contrastRatio, relativeLuminance, tileColours } from '../../../main/core/tray/palette';

const TONES: Tone[] = ['inRange', 'low', 'urgentLow', 'high', 'urgentHigh', 'stale', 'none'];

describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
    // #777777 on white is the classic "just under 4.5" example.
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(relativeLuminance([255, 0, 0])).toBeCloseTo(0.2126, 4);
  });
});

describe('tile palette', () => {
  for (const tone of TONES) {
    it(`${tone}: digits on the tile are ≥ 4.5:1`, () => {
      const c = tileColours(tone, false);
      expect(contrastRatio(c.ink, c.fill)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('in range is neutral and calm: white on near-black', () => {
    const { fill, ink } = tileColours('inRange', false);
    expect(Math.max(...fill) - Math.min(...fill)).toBeLessThan(8);
    expect(Math.max(...fill)).toBeLessThan(48);
    expect(ink).toEqual([255, 255, 255]);
  });

  it('lows are red, highs are amber/orange', () => {
    for (const tone of ['low', 'urgentLow'] as const) {
      const [r, g, b] = tileColours(tone, false).fill;
      expect(r).toBeGreaterThan(g + 80);
      expect(r).toBeGreaterThan(b + 60);
    }
    for (const tone of ['high', 'urgentHigh'] as const) {
      const [r, g, b] = tileColours(tone, false).fill;
      expect(r).toBeGreaterThan(g);
      expect(g).toBeGreaterThan(b + 50);
    }
  });

  it('only the urgent tones are marked urgent', () => {
    for (const tone of TONES) {
      expect(tileColours(tone, false).urgent).toBe(tone === 'urgentLow' || tone === 'urgentHigh');
    }
  });
});

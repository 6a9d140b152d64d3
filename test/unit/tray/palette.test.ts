import { describe, expect, it } from 'vitest';
import type { Tone } from '../../../preload/contract';
import {
  contrastRatio,
  iconColours,
  REFERENCE_TASKBARS,
  relativeLuminance,
  type TaskbarTheme,
} from '../../../main/core/tray/palette';

const TONES: Tone[] = ['inRange', 'low', 'urgentLow', 'high', 'urgentHigh', 'stale', 'none'];
const THEMES: TaskbarTheme[] = ['light', 'dark'];

describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
    // #777777 on white is the classic "just under 4.5" example.
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(relativeLuminance([255, 0, 0])).toBeCloseTo(0.2126, 4);
  });
});

describe('tray palette', () => {
  for (const theme of THEMES) {
    for (const tone of TONES) {
      it(`${tone} on a ${theme} taskbar is readable`, () => {
        const c = iconColours(tone, false, theme);
        if (c.badge) {
          expect(contrastRatio(c.ink, c.badge)).toBeGreaterThanOrEqual(4.5);
          for (const bar of REFERENCE_TASKBARS[theme]) {
            expect(contrastRatio(c.badge, bar)).toBeGreaterThanOrEqual(3);
          }
        } else {
          for (const bar of REFERENCE_TASKBARS[theme]) {
            expect(contrastRatio(c.ink, bar)).toBeGreaterThanOrEqual(4.5);
          }
        }
      });
    }
  }

  it('in range is neutral: near-white on dark, near-black on light', () => {
    const dark = iconColours('inRange', false, 'dark').ink;
    const light = iconColours('inRange', false, 'light').ink;
    expect(Math.max(...dark) - Math.min(...dark)).toBeLessThan(8);
    expect(Math.min(...dark)).toBeGreaterThan(220);
    expect(Math.max(...light)).toBeLessThan(40);
  });

  it('lows are red, highs are amber/orange', () => {
    for (const theme of THEMES) {
      for (const tone of ['low', 'urgentLow'] as const) {
        const c = iconColours(tone, false, theme);
        const [r, g, b] = c.badge ?? c.ink;
        expect(r).toBeGreaterThan(g + 80);
        expect(r).toBeGreaterThan(b + 60);
      }
      for (const tone of ['high', 'urgentHigh'] as const) {
        const c = iconColours(tone, false, theme);
        const [r, g, b] = c.badge ?? c.ink;
        expect(r).toBeGreaterThan(g);
        expect(g).toBeGreaterThan(b + 50);
      }
    }
  });

  it('urgent states get a badge, so colour is not the only signal', () => {
    for (const theme of THEMES) {
      expect(iconColours('urgentLow', false, theme).badge).not.toBeNull();
      expect(iconColours('urgentHigh', false, theme).badge).not.toBeNull();
      expect(iconColours('low', false, theme).badge).toBeNull();
      expect(iconColours('inRange', false, theme).badge).toBeNull();
    }
  });

  it('stale wins over every range colour and adds a mark', () => {
    for (const theme of THEMES) {
      const stale = iconColours('stale', false, theme);
      for (const tone of TONES) {
        const c = iconColours(tone, true, theme);
        expect(c).toEqual(stale);
        expect(c.badge).toBeNull();
        expect(c.mark).not.toBeNull();
        expect(contrastRatio(c.mark!, c.ink)).toBeGreaterThan(2);
      }
      expect(iconColours('inRange', false, theme).mark).toBeNull();
    }
  });
});

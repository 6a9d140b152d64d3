import { describe, expect, it } from 'vitest';
import { renderToneMark } from '../../../main/core/tray/tone-mark';
import { decodePng } from './decode-png';

describe('macOS tone mark', () => {
  it('is a coloured, centred dot with a transparent corner', () => {
    const png = renderToneMark('urgentLow', 32);
    const image = decodePng(png);
    expect(image.width).toBe(32);
    const pixel = (x: number, y: number) =>
      Array.from(image.rgba.slice((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(pixel(0, 0)[3]).toBe(0);
    const centre = pixel(16, 16);
    expect(centre[3]).toBe(255);
    expect(centre[0]!).toBeGreaterThan(centre[1]! + 60); // red family
  });

  it('differs by tone', () => {
    expect(renderToneMark('high', 16).equals(renderToneMark('low', 16))).toBe(false);
  });
});

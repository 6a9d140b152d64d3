import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../main/core/tray/png';
import { decodePng } from './decode-png';

/** Deterministic noise plus gradients and flat runs, so every filter type wins somewhere. */
function testImage(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  let seed = 12345;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      seed = (seed * 1103515245 + 12345) >>> 0;
      const band = y % 4;
      rgba[i] = band === 0 ? 200 : band === 1 ? x * 7 : band === 2 ? y * 9 : seed >>> 24;
      rgba[i + 1] = band === 3 ? (seed >>> 16) & 0xff : (x * y) & 0xff;
      rgba[i + 2] = (x + y * 3) & 0xff;
      rgba[i + 3] = x % 3 === 0 ? 0 : 255;
    }
  }
  return rgba;
}

describe('encodePng', () => {
  it('writes the PNG signature, IHDR first and IEND last', () => {
    const png = encodePng(new Uint8Array(4 * 4 * 4), 4, 4);
    const decoded = decodePng(png);
    expect(decoded.chunkTypes[0]).toBe('IHDR');
    expect(decoded.chunkTypes.at(-1)).toBe('IEND');
    expect(decoded.chunkTypes).toContain('IDAT');
    expect([decoded.width, decoded.height]).toEqual([4, 4]);
  });

  it('round-trips pixels exactly through an independent decoder', () => {
    for (const [w, h] of [
      [1, 1],
      [16, 16],
      [20, 20],
      [37, 11],
    ] as const) {
      const rgba = testImage(w, h);
      const decoded = decodePng(encodePng(rgba, w, h));
      expect([decoded.width, decoded.height]).toEqual([w, h]);
      expect(Buffer.from(decoded.rgba).equals(Buffer.from(rgba))).toBe(true);
    }
  });

  it('chooses a filter per row and uses more than one on varied content', () => {
    const decoded = decodePng(encodePng(testImage(32, 32), 32, 32));
    expect(decoded.filterTypes).toHaveLength(32);
    expect(new Set(decoded.filterTypes).size).toBeGreaterThan(1);
  });

  it('is deterministic', () => {
    const rgba = testImage(24, 24);
    expect(encodePng(rgba, 24, 24).equals(encodePng(rgba, 24, 24))).toBe(true);
  });

  it('rejects a buffer of the wrong length or a non-positive size', () => {
    expect(() => encodePng(new Uint8Array(15), 2, 2)).toThrow(RangeError);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(RangeError);
    expect(() => encodePng(new Uint8Array(8), 1.5, 1)).toThrow(RangeError);
  });
});

import type { Tone } from '../../../common/glucose/vocabulary';
import { tileColours } from './palette';
import { encodePng } from './png';

/**
 * The macOS menubar icon when the value is out of range or stale: a filled dot in the tone's
 * tile colour. It cannot be a template image (templates are tinted by the system and lose
 * colour), and the number itself is already in the title next to it.
 */
export function renderToneMark(tone: Tone, size: number): Buffer {
  const [r, g, b] = tileColours(tone, tone === 'stale').fill;
  const rgba = new Uint8Array(size * size * 4);
  const centre = size / 2;
  const radius = size * 0.32;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Coverage from the distance to the edge gives a one-pixel anti-aliased rim.
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      const alpha = Math.max(0, Math.min(1, radius + 0.5 - distance));
      const at = (y * size + x) * 4;
      rgba[at] = r;
      rgba[at + 1] = g;
      rgba[at + 2] = b;
      rgba[at + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(rgba, size, size);
}

// Reads tray icons the way a person would: from the decoded PNG, pixel by pixel. Used to
// check that the trend cue is there and points the right way, and to measure contrast.
import type { Rgb } from '../../../main/core/tray/palette';
import type { Box } from '../../../main/core/tray/icon-layout';
import { decodePng } from './decode-png';

export interface Picture {
  size: number;
  rgba: Uint8Array;
}

export function picture(png: Buffer): Picture {
  const decoded = decodePng(png);
  return { size: decoded.width, rgba: decoded.rgba };
}

export function rgbaAt(p: Picture, x: number, y: number): [number, number, number, number] {
  const i = (y * p.size + x) * 4;
  return [p.rgba[i]!, p.rgba[i + 1]!, p.rgba[i + 2]!, p.rgba[i + 3]!];
}

export const same = (a: readonly number[], b: Rgb): boolean =>
  a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** Pixels of colour `rgb` inside `box`, as coordinates relative to the box. */
export function inkIn(p: Picture, box: Box, rgb: Rgb): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      if (same(rgbaAt(p, x, y), rgb)) found.push([x - box.x, y - box.y]);
    }
  }
  return found;
}

/** Groups of 8-connected pixels (how many separate shapes a person sees). */
export function components(points: ReadonlyArray<[number, number]>): number {
  const left = new Set(points.map(([x, y]) => `${x},${y}`));
  let count = 0;
  for (const start of points) {
    const key = `${start[0]},${start[1]}`;
    if (!left.has(key)) continue;
    count++;
    const stack = [start];
    left.delete(key);
    while (stack.length > 0) {
      const [x, y] = stack.pop()!;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const next = `${x + dx},${y + dy}`;
          if (left.has(next)) {
            left.delete(next);
            stack.push([x + dx, y + dy]);
          }
        }
      }
    }
  }
  return count;
}

export type Heading = 'up' | 'upRight' | 'right' | 'downRight' | 'down';

/**
 * Which way an arrow points: its head holds most of its ink, so the ink's centroid sits
 * off the centre of its bounding box towards the head.
 */
export function arrowHeading(points: ReadonlyArray<[number, number]>): Heading | null {
  if (points.length === 0) return null;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length - cx;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length - cy;
  // A symmetric axis balances exactly; anything else leans towards the head.
  const sx = Math.abs(mx) < 1e-6 ? 0 : Math.sign(mx);
  const sy = Math.abs(my) < 1e-6 ? 0 : Math.sign(my);
  const table: Record<string, Heading> = {
    '0,-1': 'up',
    '1,-1': 'upRight',
    '1,0': 'right',
    '1,1': 'downRight',
    '0,1': 'down',
  };
  return table[`${sx},${sy}`] ?? null;
}

/**
 * The trend drawn under the value, as an ink mask. Where a real arrow has room (24 and
 * 32 px icons) it is the arrow LibreLink shows: ↑ ↗ → ↘ ↓. In the four to six rows a 16 or
 * 20 px icon can spare, a 45° arrow is a smudge, so the cue there counts triangles: ▲▲
 * rising quickly, ▲ rising, → steady, ▼ falling, ▼▼ falling quickly. An unknown trend is
 * three dots, never anything that could be read as "steady". Hand-placed pixels, like the
 * digits: anti-aliased shapes blur at 100 % scaling.
 */
import type { Trend } from '../../../preload/contract';
import { rows } from './pixel-font-rows';

export interface InkMask {
  width: number;
  height: number;
  /** Row-major, `width * height` entries. */
  ink: readonly boolean[];
}

export type CueStyle = 'triangles' | 'arrow';

function parse(source: string): InkMask {
  const lines = source.split(' ');
  const width = lines[0]?.length ?? 0;
  return {
    width,
    height: lines.length,
    ink: lines.flatMap((line) => [...line].map((c) => c === '#')),
  };
}

const at = (m: InkMask, x: number, y: number): boolean => m.ink[y * m.width + x] ?? false;

function build(width: number, height: number, on: (x: number, y: number) => boolean): InkMask {
  const ink = Array.from({ length: width * height }, (_, i) =>
    on(i % width, Math.floor(i / width)),
  );
  return { width, height, ink };
}

const flipVertical = (m: InkMask): InkMask =>
  build(m.width, m.height, (x, y) => at(m, x, m.height - 1 - y));
/** Quarter turn clockwise (square masks only): ↑ becomes →. */
const turnClockwise = (m: InkMask): InkMask =>
  build(m.height, m.width, (x, y) => at(m, y, m.height - 1 - x));

/** Hand-drawn triangle cues for the small sizes: up, double up, and the steady arrow. */
const TRIANGLES: Readonly<Record<'small' | 'medium', Record<'one' | 'two' | 'flat', InkMask>>> = {
  // 14 × 4, the strip of a 16 px icon.
  small: {
    one: parse('......##...... .....####..... ....######.... ...########...'),
    two: parse('.............. ..##......##.. .####....####. ######..######'),
    flat: parse('.......##..... ..##########.. ..##########.. .......##.....'),
  },
  // 18 × 6, the strip of a 20 px icon.
  medium: {
    one: parse(
      [2, 4, 6, 8, 10, 12]
        .map((w) => `${'.'.repeat(9 - w / 2)}${'#'.repeat(w)}${'.'.repeat(9 - w / 2)}`)
        .join(' '),
    ),
    two: parse(
      `${rows('.'.repeat(18), 1)} ${[2, 4, 6, 8]
        .map((w) => {
          const half = `${'.'.repeat(4 - w / 2)}${'#'.repeat(w)}${'.'.repeat(4 - w / 2)}`;
          return `${half}..${half}`;
        })
        .join(' ')} ${rows('.'.repeat(18), 1)}`,
    ),
    flat: parse(
      '.........##....... .........####..... ..##############.. ..##############.. .........####..... .........##.......',
    ),
  },
};

/** ↑ in an n × n square (n even): a head as wide as the square, a two-pixel shaft. */
function upArrow(n: number): InkMask {
  const mid = (n - 1) / 2;
  return build(n, n, (x, y) => Math.abs(x - mid) <= (y < n / 2 ? y + 0.5 : 0.5));
}

/** ↗ in an n × n square: a right-angled head in the top-right corner, a diagonal shaft. */
function upRightArrow(n: number, shaft: number): InkMask {
  const legs = n / 2 + 2;
  return build(n, n, (x, y) => x - y >= n - legs || (x + y >= n - 1 && x + y < n - 1 + shaft));
}

function arrowFor(trend: Trend, n: number): InkMask {
  const shaft = n >= 12 ? 3 : 2;
  switch (trend) {
    case 'risingQuickly':
      return upArrow(n);
    case 'rising':
      return upRightArrow(n, shaft);
    case 'flat':
      return turnClockwise(upArrow(n));
    case 'falling':
      return flipVertical(upRightArrow(n, shaft));
    default:
      return flipVertical(upArrow(n));
  }
}

function triangleFor(trend: Trend, set: Record<'one' | 'two' | 'flat', InkMask>): InkMask {
  if (trend === 'flat') return set.flat;
  const shape = trend === 'risingQuickly' || trend === 'fallingQuickly' ? set.two : set.one;
  return trend === 'rising' || trend === 'risingQuickly' ? shape : flipVertical(shape);
}

/** Three square dots, centred. */
function dots(width: number, height: number): InkMask {
  const dot = height >= 8 ? 3 : 2;
  const span = dot * 5;
  const x0 = Math.floor((width - span) / 2);
  const y0 = Math.floor((height - dot) / 2);
  return build(width, height, (x, y) => {
    const dx = x - x0;
    return y >= y0 && y < y0 + dot && dx >= 0 && dx < span && dx % (dot * 2) < dot;
  });
}

/** Places a mask in the middle of a `width × height` strip. */
function centre(mask: InkMask, width: number, height: number): InkMask {
  const left = Math.floor((width - mask.width) / 2);
  const top = Math.floor((height - mask.height) / 2);
  return build(width, height, (x, y) => {
    const mx = x - left;
    const my = y - top;
    return mx >= 0 && my >= 0 && mx < mask.width && my < mask.height && at(mask, mx, my);
  });
}

/** The cue for one trend in a `width × height` strip. */
export function trendCue(trend: Trend, style: CueStyle, width: number, height: number): InkMask {
  if (trend === 'unknown') return dots(width, height);
  if (style === 'arrow') return centre(arrowFor(trend, height), width, height);
  const set = height >= 6 ? TRIANGLES.medium : TRIANGLES.small;
  return centre(triangleFor(trend, set), width, height);
}

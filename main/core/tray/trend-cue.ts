/**
 * The trend drawn under the value, as an ink mask: the arrows LibreLink shows (↑ ↗ → ↘ ↓),
 * at every size, from a five-pixel one-stroke arrow at 16 px to a twelve-pixel one at 32 px.
 * Only arrows: the popover marks the range with triangles (common/glucose/range-label.ts),
 * so a triangle here would read as "low" rather than "falling". An unknown trend is three
 * dots, never something that could be read as "steady". Hand-placed pixels, like the digits:
 * anti-aliased shapes blur at 100 % scaling.
 */
import type { Trend } from '../../../common/glucose/vocabulary';

export interface InkMask {
  width: number;
  height: number;
  /** Row-major, `width * height` entries. */
  ink: readonly boolean[];
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

/**
 * ↑ in an n × n square: a head as wide as the square over the top half, and a shaft one pixel
 * wide for odd n (16 px icons) or two for even n.
 */
function upArrow(n: number): InkMask {
  const mid = (n - 1) / 2;
  const slack = n % 2 === 0 ? 0.5 : 0;
  const headRows = Math.ceil(n / 2);
  return build(n, n, (x, y) => Math.abs(x - mid) <= (y < headRows ? y : 0) + slack);
}

/** ↗ in an n × n square: a right-angled head in the top-right corner, a diagonal shaft. */
function upRightArrow(n: number): InkMask {
  const odd = n % 2 === 1;
  const legs = odd ? (n + 1) / 2 : n / 2 + 2;
  const shaft = odd ? 1 : n >= 12 ? 3 : 2;
  const diagonal = (x: number, y: number): number => x + y - (n - 1);
  return build(n, n, (x, y) => {
    const head = x - y >= n - legs && (!odd || y === 0 || x === n - 1);
    const d = diagonal(x, y);
    return head || (d >= 0 && d < shaft);
  });
}

function arrowFor(trend: Trend, n: number): InkMask {
  switch (trend) {
    case 'risingQuickly':
      return upArrow(n);
    case 'rising':
      return upRightArrow(n);
    case 'flat':
      return turnClockwise(upArrow(n));
    case 'falling':
      return flipVertical(upRightArrow(n));
    default:
      return flipVertical(upArrow(n));
  }
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

/** The cue for one trend, centred in a `width × height` strip (the arrow is height square). */
export function trendCue(trend: Trend, width: number, height: number): InkMask {
  if (trend === 'unknown') return dots(width, height);
  const arrow = arrowFor(trend, height);
  const left = Math.floor((width - height) / 2);
  return build(width, height, (x, y) => x >= left && x < left + height && at(arrow, x - left, y));
}

// The mini view's curve: one SVG path over the last hours, drawn by hand. Chart.js (the
// popover's chart) would add ~70 kB and a canvas for one line with no axes or tooltips; a path
// is a few lines, crisp at every scale factor, and styled by CSS under the strict CSP.

export interface SparklineInput {
  times: readonly number[];
  mgdl: readonly number[];
  /** The time at the right edge (the snapshot's time) and how much is shown. */
  to: number;
  spanMs: number;
  /** Drawn as a band behind the line; mg/dL. */
  targets: { lowMgdl: number; highMgdl: number } | null;
  width: number;
  height: number;
}

export interface SparklineShape {
  /** `d` of the line; empty when there is nothing to draw. */
  line: string;
  /** The target band as y and height, or null. */
  band: { y: number; height: number } | null;
  /** The newest point, for its dot. */
  last: { x: number; y: number } | null;
}

/** A gap longer than this breaks the line, so missing data never looks like a straight trend. */
export const GAP_MS = 20 * 60_000;
const PAD = 3;

export function sparklineShape(input: SparklineInput): SparklineShape {
  const from = input.to - input.spanMs;
  const points: Array<{ t: number; v: number }> = [];
  input.times.forEach((t, i) => {
    const v = input.mgdl[i];
    if (v !== undefined && Number.isFinite(v) && t >= from && t <= input.to) points.push({ t, v });
  });
  const values = points.map((p) => p.v);
  const low = Math.min(...values, input.targets?.lowMgdl ?? 70) - 10;
  const high = Math.max(...values, input.targets?.highMgdl ?? 180) + 10;
  const x = (t: number) => PAD + ((t - from) / input.spanMs) * (input.width - 2 * PAD);
  const y = (v: number) => PAD + ((high - v) / (high - low)) * (input.height - 2 * PAD);
  const round = (n: number) => Math.round(n * 10) / 10;
  let line = '';
  points.forEach((p, i) => {
    const breaks = i === 0 || p.t - points[i - 1]!.t > GAP_MS;
    line += `${breaks ? 'M' : 'L'}${round(x(p.t))} ${round(y(p.v))}`;
  });
  const band = input.targets
    ? {
        y: round(y(input.targets.highMgdl)),
        height: round(y(input.targets.lowMgdl) - y(input.targets.highMgdl)),
      }
    : null;
  const newest = points.at(-1);
  return {
    line,
    band,
    last: newest ? { x: round(x(newest.t)), y: round(y(newest.v)) } : null,
  };
}

// The geometry of one small day graph (report small multiples) as SVG path data: no Chart.js
// instance per day, so 90 days draw in a few milliseconds (npm run bench: "small multiples").
// Pure: profile in, strings out; the component puts them into <path d=…>.
import { CONSENSUS_TARGETS } from '../../common/glucose/range';

/** The plotted glucose range, mg/dL; values beyond it are drawn at the edge. */
export const DAY_Y_MIN = 40;
export const DAY_Y_MAX = 350;
/** The drawing's height in viewBox units; its width is one unit per bucket. */
export const DAY_HEIGHT = 40;

export interface DaySparkline {
  width: number;
  /** Top and height of the consensus target band (70–180 mg/dL). */
  band: { y: number; height: number };
  /** The day's curve; '' without readings. */
  curve: string;
  /** The stretches below 70 mg/dL, drawn over the curve; '' without lows. */
  lows: string;
}

export function yOf(mgdl: number): number {
  const clamped = Math.min(DAY_Y_MAX, Math.max(DAY_Y_MIN, mgdl));
  const y = DAY_HEIGHT - ((clamped - DAY_Y_MIN) / (DAY_Y_MAX - DAY_Y_MIN)) * DAY_HEIGHT;
  return Math.round(y * 10) / 10;
}

/**
 * A path through the buckets that pass `keep`, broken at the others. A bucket alone becomes a
 * zero-length segment, which round line caps draw as a dot (so a lone reading still shows).
 */
function pathOf(values: readonly (number | null)[], keep: (v: number) => boolean): string {
  const parts: string[] = [];
  let open = false;
  values.forEach((v, i) => {
    if (v === null || !keep(v)) {
      open = false;
      return;
    }
    const point = `${i + 0.5} ${yOf(v)}`;
    const nextKept = values[i + 1] !== null && values[i + 1] !== undefined && keep(values[i + 1]!);
    if (!open) parts.push(nextKept ? `M${point}` : `M${point}h0`);
    else parts.push(`L${point}`);
    open = true;
  });
  return parts.join('');
}

export function daySparkline(mgdl: readonly (number | null)[]): DaySparkline {
  const top = yOf(CONSENSUS_TARGETS.highMgdl);
  return {
    width: mgdl.length,
    band: { y: top, height: Math.round((yOf(CONSENSUS_TARGETS.lowMgdl) - top) * 10) / 10 },
    curve: pathOf(mgdl, () => true),
    lows: pathOf(mgdl, (v) => v < CONSENSUS_TARGETS.lowMgdl),
  };
}

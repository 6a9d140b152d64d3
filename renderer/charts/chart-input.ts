// The history chart's input and points: what a view hands over (HistoryChartInput), readings as
// Chart.js points in the axis unit, and a reading's range colour. Pure, no DOM.
import type { ChartSpan, Units } from '../../preload/contract';
import { classifyRange, DEFAULT_TARGETS, type TargetRange } from '../../common/glucose/range';
import { fromMgdl } from '../../common/glucose/units';
import type { ChartPalette } from './chart-palette';
import type { BucketPoint } from './long-span-config';

/** Colours resolved from the style sheet (light or dark), so this module stays DOM-free. */
export type { ChartPalette } from './chart-palette';

/** The patient's target range (mg/dL); the bands themselves are common/glucose/range.ts. */
export type Targets = TargetRange;

/** A reading (short spans) or a bucket's median (long spans, with its bucket). */
export type GlucosePoint = BucketPoint;

/** Room right of the plot so the newest point (at the right edge) is drawn whole. */
export const RIGHT_EDGE_PX = 6;

export interface HistoryChartInput {
  span: ChartSpan;
  from: number;
  to: number;
  times: readonly number[];
  mgdl: readonly number[];
  /** The unit of the y axis (for `both`, mg/dL). */
  unit: Units;
  /** Shown in tooltips for the `both` preference. */
  secondaryUnit: Units | null;
  targets: Targets | null;
  /** Alarm thresholds drawn as lines, mg/dL; null when that alarm is unknown or off. */
  thresholds: { lowMgdl: number | null; highMgdl: number | null };
  privacy: boolean;
  palette: ChartPalette & { outerBand: string; innerBand: string };
}

export function colourOf(mgdl: number, targets: Targets | null, palette: ChartPalette): string {
  return palette[classifyRange(mgdl, targets ?? DEFAULT_TARGETS)];
}

/** Readings in the axis unit as Chart.js points (parsing is off, so this is the final shape). */
export function toPoints(
  times: readonly number[],
  mgdl: readonly number[],
  unit: Units,
): GlucosePoint[] {
  const n = Math.min(times.length, mgdl.length);
  const points: GlucosePoint[] = new Array<GlucosePoint>(n);
  for (let i = 0; i < n; i += 1) points[i] = { x: times[i]!, y: fromMgdl(mgdl[i]!, unit) };
  return points;
}

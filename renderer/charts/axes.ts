// PURE: axis geometry for the glucose charts: y bounds and ticks, local-clock x ticks, line
// gaps and point size. Split from chart-config.ts, which decides colours, words and the config.
import type { ChartSpan, Units } from '../../preload/contract';
import { isLongSpan, spanMs } from '../format/time';
import { fromMgdl } from '../../common/glucose/units';

/**
 * y axis bounds in the axis unit. The floor is the sensor's LO limit so charts compare at a
 * glance; the ceiling grows in round steps to fit the data and every line that is drawn.
 */
export function yBounds(
  mgdl: readonly number[],
  unit: Units,
  alsoShow: readonly number[] = [],
): { min: number; max: number } {
  let top = 250;
  for (const v of mgdl) if (v > top) top = v;
  for (const v of alsoShow) if (v > top) top = v;
  top = Math.min(500, top);
  if (unit === 'mmol/L') return { min: 2, max: Math.ceil(fromMgdl(top, unit) / 2) * 2 };
  return { min: 40, max: Math.ceil(top / 50) * 50 };
}

const HOUR = 3_600_000;
const TICK_STEP: Record<ChartSpan, { hours: number } | { days: number }> = {
  '3h': { hours: 1 },
  '6h': { hours: 1 },
  '12h': { hours: 2 },
  '24h': { hours: 4 },
  '7d': { days: 1 },
  '14d': { days: 2 },
  '30d': { days: 5 },
  '90d': { days: 15 },
};

/** x tick positions aligned to the viewer's local clock (whole hours or local midnights). */
export function timeTicks(from: number, to: number, span: ChartSpan): number[] {
  const step = TICK_STEP[span];
  const ticks: number[] = [];
  const d = new Date(from);
  if ('hours' in step) {
    d.setMinutes(0, 0, 0);
    while (d.getTime() < from || d.getHours() % step.hours !== 0) d.setTime(d.getTime() + HOUR);
    for (; d.getTime() <= to; d.setTime(d.getTime() + step.hours * HOUR)) ticks.push(d.getTime());
  } else {
    d.setHours(0, 0, 0, 0);
    if (d.getTime() < from) d.setDate(d.getDate() + 1);
    // setDate keeps local midnight across daylight-saving changes, unlike adding 24 h.
    for (; d.getTime() <= to; d.setDate(d.getDate() + step.days)) ticks.push(d.getTime());
  }
  return ticks;
}

/** y tick positions: the axis bounds and the target range edges, in the axis unit. */
export function glucoseTicks(
  bounds: { min: number; max: number },
  targets: { lowMgdl: number; highMgdl: number },
  unit: Units,
): number[] {
  const edges = [targets.lowMgdl, targets.highMgdl].map((v) => fromMgdl(v, unit));
  return [...new Set([bounds.min, ...edges, bounds.max])].sort((a, b) => a - b);
}

/** Largest gap (ms) still joined by the line: a missing reading leaves a visible break. */
export function gapLimit(span: ChartSpan): number {
  return Math.max(25 * 60_000, (2 * spanMs(span)) / 340);
}

/** Point radius: readable dots for short, sparse spans; a plain line when points would merge. */
export function pointRadius(span: ChartSpan, count: number): number {
  return isLongSpan(span) || count > 300 ? 0 : 2.5;
}

// What the history chart says in words: a point for tooltips and the keyboard, one summary
// sentence for screen readers, and the labels of the alarm lines. Privacy mode masks numbers.
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { classifyRange, DEFAULT_TARGETS, RANGE_WORDS } from '../../common/glucose/range';
import type { Units } from '../../preload/contract';
import { formatGlucose, mgdlFrom } from '../../common/glucose/units';
import { formatClock, formatDay, formatDayClock, isLongSpan, spanWords } from '../format/time';
import type { GlucosePoint, HistoryChartInput } from './chart-input';
import { describeBucket } from './long-span-config';

function valueText(mgdl: number, unit: Units, secondary: Units | null, privacy: boolean): string {
  if (privacy) return PRIVACY_MASK;
  const main = `${formatGlucose(mgdl, unit)} ${unit}`;
  return secondary ? `${main} (${formatGlucose(mgdl, secondary)} ${secondary})` : main;
}

/** What a tooltip or the keyboard announcement says about one point. */
export function describePoint(
  point: GlucosePoint,
  input: Pick<HistoryChartInput, 'span' | 'unit' | 'secondaryUnit' | 'privacy' | 'targets'>,
): string {
  const b = point.bucket;
  if (b && !input.privacy) {
    const when =
      b.end - b.start >= 86_400_000
        ? formatDay(b.start)
        : `${formatDayClock(b.start)}–${formatClock(b.end)}`;
    return `${when}: ${describeBucket(b, input.unit)}`;
  }
  const mgdl = mgdlFrom(point.y ?? 0, input.unit);
  const when = isLongSpan(input.span) ? formatDayClock(point.x) : formatClock(point.x);
  const band = input.privacy
    ? ''
    : `, ${RANGE_WORDS[classifyRange(mgdl, input.targets ?? DEFAULT_TARGETS)]}`;
  return `${when}: ${valueText(mgdl, input.unit, input.secondaryUnit, input.privacy)}${band}`;
}

/** One sentence for screen readers, e.g. `24 hours: 84% in range, lowest 62, highest 211 mg/dL`. */
export function summarize(
  input: Pick<HistoryChartInput, 'span' | 'mgdl' | 'unit' | 'targets' | 'privacy'>,
): string {
  const label = spanWords(input.span);
  if (input.mgdl.length === 0) return `${label}: no readings`;
  if (input.privacy) return `${label} of readings, hidden in privacy mode`;
  const t = input.targets ?? DEFAULT_TARGETS;
  let low = Infinity;
  let high = -Infinity;
  let inRange = 0;
  for (const v of input.mgdl) {
    if (v < low) low = v;
    if (v > high) high = v;
    if (classifyRange(v, t) === 'inRange') inRange += 1;
  }
  const percent = Math.round((inRange / input.mgdl.length) * 100);
  return (
    `${label}: ${percent}% in range, lowest ${formatGlucose(low, input.unit)}, ` +
    `highest ${formatGlucose(high, input.unit)} ${input.unit}`
  );
}

/**
 * The alarm thresholds drawn as lines, each labelled with what it is ("Low alarm 70"); privacy
 * mode leaves the number out, as it does on the axis.
 */
export function thresholdLines(
  input: Pick<HistoryChartInput, 'thresholds' | 'unit' | 'privacy'>,
): Array<{ mgdl: number; label: string }> {
  const { lowMgdl, highMgdl } = input.thresholds;
  const label = (name: string, mgdl: number) =>
    input.privacy ? name : `${name} ${formatGlucose(mgdl, input.unit)}`;
  return [
    ...(lowMgdl === null ? [] : [{ mgdl: lowMgdl, label: label('Low alarm', lowMgdl) }]),
    ...(highMgdl === null ? [] : [{ mgdl: highMgdl, label: label('High alarm', highMgdl) }]),
  ];
}

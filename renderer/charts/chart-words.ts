// What the history chart says in words: a point for tooltips and the keyboard, one summary
// sentence for screen readers, and the labels of the alarm lines. Privacy mode masks numbers.
// Words come from the catalog (chartText.*), numbers and times in the Translator's locale.
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { classifyRange, DEFAULT_TARGETS, rangeWords } from '../../common/glucose/range';
import type { Units } from '../../preload/contract';
import { formatGlucose, mgdlFrom } from '../../common/glucose/units';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import { formatClock, formatDay, formatDayClock, isLongSpan, spanWords } from '../format/time';
import { formatFraction } from '../format/percent';
import type { GlucosePoint, HistoryChartInput } from './chart-input';
import { describeBucket } from './long-span-config';

function valueText(mgdl: number, unit: Units, secondary: Units | null, i18n: Translator): string {
  const main = `${formatGlucose(mgdl, unit, i18n.locale)} ${unit}`;
  return secondary ? `${main} (${formatGlucose(mgdl, secondary, i18n.locale)} ${secondary})` : main;
}

/** What a tooltip or the keyboard announcement says about one point. */
export function describePoint(
  point: GlucosePoint,
  input: Pick<HistoryChartInput, 'span' | 'unit' | 'secondaryUnit' | 'privacy' | 'targets'>,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const { locale } = i18n;
  const b = point.bucket;
  if (b && !input.privacy) {
    const when =
      b.end - b.start >= 86_400_000
        ? formatDay(b.start, locale)
        : `${formatDayClock(b.start, locale)}–${formatClock(b.end, locale)}`;
    return i18n.t('chartText.at', { when, text: describeBucket(b, input.unit, i18n) });
  }
  const when = isLongSpan(input.span)
    ? formatDayClock(point.x, locale)
    : formatClock(point.x, locale);
  if (input.privacy) return i18n.t('chartText.at', { when, text: PRIVACY_MASK });
  const mgdl = mgdlFrom(point.y ?? 0, input.unit);
  return i18n.t('chartText.point', {
    when,
    value: valueText(mgdl, input.unit, input.secondaryUnit, i18n),
    band: rangeWords(classifyRange(mgdl, input.targets ?? DEFAULT_TARGETS), i18n),
  });
}

/** One sentence for screen readers, e.g. `24 hours: 84% in range, lowest 62, highest 211 mg/dL`. */
export function summarize(
  input: Pick<HistoryChartInput, 'span' | 'mgdl' | 'unit' | 'targets' | 'privacy'>,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const span = spanWords(input.span, i18n);
  if (input.mgdl.length === 0) return i18n.t('chartText.summaryEmpty', { span });
  if (input.privacy) return i18n.t('chartText.summaryPrivacy', { span });
  const t = input.targets ?? DEFAULT_TARGETS;
  let low = Infinity;
  let high = -Infinity;
  let inRange = 0;
  for (const v of input.mgdl) {
    if (v < low) low = v;
    if (v > high) high = v;
    if (classifyRange(v, t) === 'inRange') inRange += 1;
  }
  return i18n.t('chartText.summary', {
    span,
    percent: formatFraction(inRange / input.mgdl.length, i18n.locale),
    lowest: formatGlucose(low, input.unit, i18n.locale),
    highest: formatGlucose(high, input.unit, i18n.locale),
    unit: input.unit,
  });
}

/**
 * The alarm thresholds drawn as lines, each labelled with what it is ("Low alarm 70"); privacy
 * mode leaves the number out, as it does on the axis.
 */
export function thresholdLines(
  input: Pick<HistoryChartInput, 'thresholds' | 'unit' | 'privacy'>,
  i18n: Translator = ENGLISH_WORDS,
): Array<{ mgdl: number; label: string }> {
  const { lowMgdl, highMgdl } = input.thresholds;
  const label = (kind: 'low' | 'high', mgdl: number) =>
    input.privacy
      ? i18n.t(kind === 'low' ? 'chartText.lowAlarm' : 'chartText.highAlarm')
      : i18n.t(kind === 'low' ? 'chartText.lowAlarmAt' : 'chartText.highAlarmAt', {
          value: formatGlucose(mgdl, input.unit, i18n.locale),
        });
  return [
    ...(lowMgdl === null ? [] : [{ mgdl: lowMgdl, label: label('low', lowMgdl) }]),
    ...(highMgdl === null ? [] : [{ mgdl: highMgdl, label: label('high', highMgdl) }]),
  ];
}

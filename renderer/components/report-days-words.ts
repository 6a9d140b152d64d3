// Every word the report's small multiples show or say, from the catalog (report.day*), with
// dates, numbers and percentages in the reader's locale.
import type { Units } from '../../preload/contract';
import type { DayProfile } from '../../common/history';
import { formatGlucose, unitLabel } from '../../common/glucose/units';
import { CONSENSUS_TARGETS } from '../../common/glucose/range';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { UiLocale } from '../../common/i18n/languages';
import { formatFraction } from '../format/percent';

const SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', timeZone: 'UTC' };
const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
};
/** Up to 90 days are labelled per redraw: one formatter per locale and style is kept. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A profile's date is the wearer's calendar day: format it as that date (UTC), never shifted by
 * the viewer's zone. A bare `en` is the runtime's default, as in format/time.ts.
 */
function formatDate(date: string, style: 'short' | 'long', locale: UiLocale): string {
  const tag = locale.tag === 'en' ? undefined : locale.tag;
  const key = `${tag ?? ''}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, style === 'short' ? SHORT : LONG);
    formats.set(key, format);
  }
  return format.format(Date.parse(`${date}T00:00:00Z`));
}

/** What the small graphs show, e.g. "Midnight to midnight against 70–180 mg/dL; …". */
export function daysCaption(unit: Units, i18n: Translator = ENGLISH_WORDS): string {
  const v = (mgdl: number) => formatGlucose(mgdl, unit, i18n.locale);
  return i18n.t('report.daysCaption', {
    from: v(CONSENSUS_TARGETS.lowMgdl),
    to: v(CONSENSUS_TARGETS.highMgdl),
    unit: unitLabel(unit),
  });
}

/** "Mon 9" ("Mo., 9." in German). */
export function dayLabel(date: string, i18n: Translator = ENGLISH_WORDS): string {
  return formatDate(date, 'short', i18n.locale);
}

/** The day's share in range as shown under its graph, "72%", or "—" without readings. */
export function dayShare(day: DayProfile, i18n: Translator = ENGLISH_WORDS): string {
  return day.readings === 0 ? '—' : formatFraction(day.timeInRange.inRange, i18n.locale);
}

/** The day a screen reader names, "Monday 9 March". */
export function dayName(date: string, i18n: Translator = ENGLISH_WORDS): string {
  return formatDate(date, 'long', i18n.locale);
}

/** What a screen reader says after the day's name, ": 72% in range, 2 low episodes, …". */
export function dayDetails(
  day: DayProfile,
  unit: Units,
  privacy: boolean,
  i18n: Translator = ENGLISH_WORDS,
): string {
  if (privacy) return i18n.t('report.dayHidden');
  if (day.readings === 0 || day.lowestMgdl === null || day.highestMgdl === null)
    return i18n.t('report.dayNoReadings');
  const v = (mgdl: number) => `${formatGlucose(mgdl, unit, i18n.locale)} ${unitLabel(unit)}`;
  return i18n.t('report.dayDetails', {
    share: dayShare(day, i18n),
    lows:
      day.lows === 0 ? i18n.t('report.dayNoLows') : i18n.t('report.dayLows', { count: day.lows }),
    lowest: v(day.lowestMgdl),
    highest: v(day.highestMgdl),
  });
}

// Times for people: clock times in the viewer's locale and zone, spans and countdowns in words.
import type { ChartSpan } from '../../preload/contract';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { UiLocale } from '../../common/i18n/languages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SPAN_MS: Record<ChartSpan, number> = {
  '3h': 3 * HOUR,
  '6h': 6 * HOUR,
  '12h': 12 * HOUR,
  '24h': 24 * HOUR,
  '7d': 7 * DAY,
  '14d': 14 * DAY,
  '30d': 30 * DAY,
  '90d': 90 * DAY,
};

export function spanMs(span: ChartSpan): number {
  return SPAN_MS[span];
}

/** `24 hours`, `14 days`. */
export function spanWords(span: ChartSpan, i18n: Translator = ENGLISH_WORDS): string {
  const hours = SPAN_MS[span] / HOUR;
  return hours <= 24
    ? i18n.t('spanWords.hours', { count: hours })
    : i18n.t('spanWords.days', { count: hours / 24 });
}

/** Spans of days: drawn as a line without points and decimated. */
export function isLongSpan(span: ChartSpan): boolean {
  return SPAN_MS[span] > DAY;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_MONTH_CLOCK: Intl.DateTimeFormatOptions = { ...DAY_MONTH, ...CLOCK };

/**
 * Formats in the snapshot's locale (`tag`, e.g. `de-AT`), not the browser's: the popover's words
 * and its dates must agree. A bare `en` carries no region: it is also the fallback for a system
 * language Glucobar does not speak (ja, pl, …), so the runtime's own default (the person's
 * system) decides the clock there, as it did before languages existed.
 */
function dateFormat(options: Intl.DateTimeFormatOptions, locale?: UiLocale): Intl.DateTimeFormat {
  const tag = locale && locale.tag !== 'en' ? locale.tag : undefined;
  return new Intl.DateTimeFormat(tag, options);
}

/** Wall-clock time, e.g. `14:05`. */
export function formatClock(ms: number, locale?: UiLocale): string {
  return dateFormat(CLOCK, locale).format(ms);
}

/** A date without year, e.g. `3 Mar`. */
export function formatDay(ms: number, locale?: UiLocale): string {
  return dateFormat(DAY_MONTH, locale).format(ms);
}

/** Date and time, e.g. `3 Mar, 14:05`. */
export function formatDayClock(ms: number, locale?: UiLocale): string {
  return dateFormat(DAY_MONTH_CLOCK, locale).format(ms);
}

/** Clock time today, or date and time otherwise, relative to `now`. */
export function formatWhen(ms: number, now: number, locale?: UiLocale): string {
  return new Date(ms).toDateString() === new Date(now).toDateString()
    ? formatClock(ms, locale)
    : formatDayClock(ms, locale);
}

/** A live countdown: `4:07`, `1:02:09`; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * A duration in words, `1 min`, `14 min`, `2 h 5 min`. Waits round up (never promise too
 * early); ages round down, like main's "14 min ago".
 */
export function formatDuration(
  ms: number,
  round: 'up' | 'down' = 'up',
  i18n: Translator = ENGLISH_WORDS,
): string {
  const minutes = Math.max(1, (round === 'up' ? Math.ceil : Math.floor)(ms / MINUTE));
  if (minutes < 60) return i18n.t('duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? i18n.t('duration.hours', { hours })
    : i18n.t('duration.hoursMinutes', { hours, minutes: rest });
}

/** Minutes of the day as `06:00` (AGP axis); 1440 is shown as `24:00`. */
export function formatMinuteOfDay(minute: number): string {
  const total = Math.round(minute);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Staleness: when a reading stops being current, and its age in words. A stale value is never
 * shown as current anywhere.
 */

import { ENGLISH_WORDS, type Translator } from '../i18n/translate';

/** Minutes after which a reading is no longer presented as current. */
export const DEFAULT_STALE_AFTER_MINUTES = 10;

/**
 * Whole seconds since the reading's sensor time. Never negative: a reading that appears to be
 * from the future (this machine's clock is behind the sensor's) counts as brand new instead of
 * producing '-3 min ago'. The price is that, with a clock behind by N minutes, staleness is
 * noticed N minutes late; the poller's own "last contact" time does not have that blind spot.
 */
export function ageSeconds(reading: { time: number }, now: number): number {
  return Math.max(0, Math.floor((now - reading.time) / 1000));
}

/** True once the reading is OLDER than the limit (exactly at the limit it is still current). */
export function isStale(
  reading: { time: number },
  now: number,
  staleAfterMinutes: number = DEFAULT_STALE_AFTER_MINUTES,
): boolean {
  return Math.max(0, now - reading.time) > staleAfterMinutes * 60_000;
}

/** 'just now', '1 min ago', '14 min ago', '2 h 5 min ago', '2 h ago', '3 d ago'. */
export function formatAge(seconds: number, i18n: Translator = ENGLISH_WORDS): string {
  if (Number.isNaN(seconds)) return i18n.t('age.unknown');
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return i18n.t('age.justNow');
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return i18n.t('age.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0
      ? i18n.t('age.hours', { hours })
      : i18n.t('age.hoursMinutes', { hours, minutes: rest });
  }
  return i18n.t('age.days', { days: Math.floor(hours / 24) });
}

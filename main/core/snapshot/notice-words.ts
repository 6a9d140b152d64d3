/**
 * The words of notices and of an untrusted newest reading, in the snapshot's language. Core
 * keeps both as data (a Notice's key and values; the reading and its problem); only here do
 * they become sentences, so every view and a change of language see the same words.
 */
import { SENSOR_HIGHEST_MGDL, SENSOR_LOWEST_MGDL } from '../../../common/glucose/plausibility';
import type { ReadingProblem } from '../../../common/glucose/reading-trust';
import { formatClockTime } from '../../../common/i18n/format';
import type { Translator } from '../../../common/i18n/translate';
import type { Notice } from '../app/notice';

export function noticeText(notice: Notice, i18n: Translator): string {
  const params: Record<string, string> = { ...notice.params };
  if (notice.at !== undefined) params['time'] = formatClockTime(notice.at, i18n.locale);
  return i18n.t(notice.key, params);
}

/** Why the newest reading is not shown; short enough for a Windows tooltip after a name. */
export function readingProblemText(
  reading: { time: number },
  problem: ReadingProblem,
  now: number,
  i18n: Translator,
): string {
  if (problem === 'implausible') {
    return i18n.t('reading.implausible', { low: SENSOR_LOWEST_MGDL, high: SENSOR_HIGHEST_MGDL });
  }
  const minutes = Math.max(1, Math.round((reading.time - now) / 60_000));
  return minutes >= 120
    ? i18n.t('reading.futureHours', { hours: Math.round(minutes / 60) })
    : i18n.t('reading.futureMinutes', { minutes });
}

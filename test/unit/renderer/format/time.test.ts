import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../common/i18n/catalogs';
import {
  formatClock,
  formatCountdown,
  formatDay,
  formatDuration,
  formatMinuteOfDay,
  isLongSpan,
  spanMs,
  spanWords,
} from '../../../../renderer/format/time';

describe('time words', () => {
  it('counts down in m:ss or h:mm:ss, rounding up and never below zero', () => {
    expect(formatCountdown(277_000)).toBe('4:37');
    expect(formatCountdown(276_001)).toBe('4:37');
    expect(formatCountdown(3_729_000)).toBe('1:02:09');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('says durations in minutes and hours', () => {
    expect(formatDuration(14 * 60_000)).toBe('14 min');
    expect(formatDuration(10_000)).toBe('1 min');
    expect(formatDuration(14 * 60_000 + 59_000)).toBe('15 min');
    expect(formatDuration(14 * 60_000 + 59_000, 'down')).toBe('14 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(120 * 60_000)).toBe('2 h');
  });

  it('names spans and tells long ones apart', () => {
    expect(spanWords('24h')).toBe('24 hours');
    expect(spanMs('7d')).toBe(7 * 86_400_000);
    expect(isLongSpan('24h')).toBe(false);
    expect(isLongSpan('7d')).toBe(true);
  });

  it('speaks the locale: words from the catalog, clock and date in its own format', () => {
    const de = createTranslator({ language: 'de', tag: 'de-DE' });
    expect(spanWords('90d')).toBe('90 days');
    expect(spanWords('3h', de)).toBe('3 Stunden');
    expect(spanWords('14d', de)).toBe('14 Tage');
    expect(formatDuration(125 * 60_000, 'up', de)).toBe('2 Std. 5 Min.');
    // German abbreviations end in a full stop: the sentence must not add a second one.
    const duration = formatDuration(9 * 60_000, 'up', de);
    expect(de.t('retry.next', { time: '13:39', duration })).toBe(
      'Nächster Versuch um 13:39, in 9 Min.',
    );
    const noon = Date.UTC(2026, 2, 3, 12, 0);
    const english = (tag: string) => ({ language: 'en' as const, tag });
    // en-US writes 12-hour clocks; de-DE 24-hour and the day before the month.
    expect(formatClock(noon, english('en-US'))).toMatch(/AM|PM/);
    expect(formatClock(noon, de.locale)).not.toMatch(/AM|PM/);
    expect(formatDay(noon, de.locale)).toMatch(/^\d+\. /);
  });

  it('writes minutes of the day as a clock', () => {
    expect(formatMinuteOfDay(0)).toBe('00:00');
    expect(formatMinuteOfDay(367.5)).toBe('06:08');
    expect(formatMinuteOfDay(59.6)).toBe('01:00');
    expect(formatMinuteOfDay(1440)).toBe('24:00');
  });
});

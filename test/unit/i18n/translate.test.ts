import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDecimal } from '../../../common/i18n/format';
import { resolveLocale, type UiLocale } from '../../../common/i18n/languages';
import { createTranslator } from '../../../common/i18n/catalogs';
import { formatDelta, formatGlucose, formatRate } from '../../../common/glucose/units';

const de: UiLocale = { language: 'de', tag: 'de-DE' };
const fr: UiLocale = { language: 'fr', tag: 'fr-FR' };

describe('createTranslator', () => {
  it('looks up the locale catalog and fills placeholders', () => {
    expect(createTranslator(de).t('menu.resumeAlarmsLeft', { left: '5 Min.' })).toBe(
      'Alarme fortsetzen (noch 5 Min.)',
    );
    expect(createTranslator().t('menu.resumeAlarmsLeft', { left: '5 min' })).toBe(
      'Resume alarms (5 min left)',
    );
  });

  it('chooses the plural form with Intl.PluralRules', () => {
    const en = createTranslator();
    expect(en.t('sensor.daysLeft', { count: 1 })).toBe('Sensor: 1 day left');
    expect(en.t('sensor.daysLeft', { count: 3 })).toBe('Sensor: 3 days left');
    // French counts 0 as singular, English as plural.
    expect(createTranslator(fr).t('sensor.daysLeft', { count: 0 })).toBe(
      'Capteur : 0 jour restant',
    );
    expect(en.t('sensor.daysLeft', { count: 0 })).toBe('Sensor: 0 days left');
  });

  it('falls back to English for a key a catalog lacks, and shows an unknown key as itself', () => {
    const lacking = createTranslator({ language: 'nl', tag: 'nl' });
    // @ts-expect-error: a key no catalog has
    expect(lacking.t('no.such.key')).toBe('no.such.key');
    // 'language.en' is the same in every catalog; a missing language falls back to English.
    const unknown = createTranslator({ language: 'pl' as 'en', tag: 'pl' });
    expect(unknown.t('menu.quit')).toBe('Quit Glucobar');
  });
});

describe('locale-aware numbers and times', () => {
  it('writes a decimal comma where the locale does', () => {
    expect(formatDecimal(7.3, 1, de)).toBe('7,3');
    expect(formatDecimal(7.3, 1, fr)).toBe('7,3');
    expect(formatDecimal(7.3, 1, { language: 'en', tag: 'en-GB' })).toBe('7.3');
    expect(formatGlucose(131, 'mmol/L', de)).toBe('7,3');
    expect(formatGlucose(131, 'mmol/L')).toBe('7.3');
    expect(formatDelta(-4, 'mmol/L', { language: 'it', tag: 'it' })).toBe('−0,2');
    expect(formatRate(2.4, 'mmol/L', { language: 'es', tag: 'es' })).toBe('0,13');
  });

  it('writes times with the locale clock: 24-hour in German and French, 12-hour in en-US', () => {
    const afternoon = Date.UTC(2026, 2, 10, 14, 5);
    expect(formatClockTime(afternoon, de, 'UTC')).toBe('14:05');
    expect(formatClockTime(afternoon, fr, 'UTC')).toBe('14:05');
    expect(formatClockTime(afternoon, { language: 'en', tag: 'en-US' }, 'UTC')).toMatch(
      /^02:05\s?PM$/,
    );
  });
});

describe('resolveLocale', () => {
  it('follows the first shipped language of the OS list', () => {
    expect(resolveLocale('system', ['pl-PL', 'de-AT', 'en-US'])).toEqual({
      language: 'de',
      tag: 'de-AT',
    });
    expect(resolveLocale('system', ['pl-PL'])).toEqual({ language: 'en', tag: 'en' });
    expect(resolveLocale('system', [])).toEqual({ language: 'en', tag: 'en' });
  });

  it('lets the setting override the OS, keeping the OS region for that language', () => {
    expect(resolveLocale('fr', ['de-DE'])).toEqual({ language: 'fr', tag: 'fr' });
    expect(resolveLocale('en', ['de-DE', 'en-GB'])).toEqual({ language: 'en', tag: 'en-GB' });
  });

  it('ignores malformed OS tags', () => {
    expect(resolveLocale('system', ['not a tag!', 'nl-BE'])).toEqual({
      language: 'nl',
      tag: 'nl-BE',
    });
  });
});

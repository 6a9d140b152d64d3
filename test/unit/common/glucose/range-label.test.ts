import { describe, expect, it } from 'vitest';
import { rangeLabel, RANGE_SHAPES } from '../../../../common/glucose/range-label';
import { createTranslator } from '../../../../common/i18n/catalogs';
import { LANGUAGES } from '../../../../common/i18n/languages';

const plain = { sensorLimit: null, urgentLowAlarm: false } as const;

describe('the range of a current value in words and shape', () => {
  it.each([
    ['urgentLow', 'Urgent low', '▼▼', true],
    ['low', 'Low', '▼', false],
    ['inRange', 'In range', '●', false],
    ['high', 'High', '▲', false],
    ['urgentHigh', 'Very high', '▲▲', false],
  ] as const)('%s → %s %s', (tone, words, shape, urgent) => {
    expect(rangeLabel({ tone, ...plain })).toEqual({ tone, words, shape, urgent });
  });

  it('gives a stale value or no value no range label: it is not "now"', () => {
    expect(rangeLabel({ tone: 'stale', ...plain })).toBeNull();
    expect(rangeLabel({ tone: 'none', ...plain })).toBeNull();
    expect(rangeLabel({ tone: 'stale', sensorLimit: 'LO', urgentLowAlarm: true })).toBeNull();
  });

  it('an active urgent-low alarm makes a value in the low band urgent (alarm level above 54)', () => {
    expect(rangeLabel({ tone: 'low', sensorLimit: null, urgentLowAlarm: true })).toMatchObject({
      words: 'Urgent low',
      urgent: true,
    });
  });

  it('LO is urgent low and HI very high, whatever their clamped numbers say', () => {
    expect(rangeLabel({ tone: 'low', sensorLimit: 'LO', urgentLowAlarm: false })?.tone).toBe(
      'urgentLow',
    );
    expect(rangeLabel({ tone: 'high', sensorLimit: 'HI', urgentLowAlarm: false })?.tone).toBe(
      'urgentHigh',
    );
  });

  it.each(LANGUAGES)('every range has its own words (%s) and its own shape', (language) => {
    const i18n = createTranslator({ language, tag: language });
    const tones = ['urgentLow', 'low', 'inRange', 'high', 'urgentHigh'] as const;
    const words = tones.map(
      (tone) => rangeLabel({ tone, sensorLimit: null, urgentLowAlarm: false }, i18n)?.words,
    );
    expect(new Set(words).size).toBe(5);
    expect(new Set(Object.values(RANGE_SHAPES)).size).toBe(5);
  });
});

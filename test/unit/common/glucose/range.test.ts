import { describe, expect, it } from 'vitest';
import type { RangeBand, SensorLimit, Tone } from '../../../../common/glucose/vocabulary';
import { classifyRange, toneFor } from '../../../../common/glucose/range';

const STANDARD = { lowMgdl: 70, highMgdl: 180 };

describe('classifyRange', () => {
  it.each([
    [20, 'veryLow'],
    [53, 'veryLow'],
    [53.9, 'veryLow'],
    [54, 'low'], // veryLow is strictly below 54
    [69, 'low'],
    [70, 'inRange'], // the target limits are in range
    [180, 'inRange'],
    [181, 'high'],
    [250, 'high'], // veryHigh is strictly above 250
    [251, 'veryHigh'],
    [600, 'veryHigh'],
  ] as [number, RangeBand][])('%d mg/dL with 70–180 is %s', (mgdl, band) => {
    expect(classifyRange(mgdl, STANDARD)).toBe(band);
  });

  it('follows the patient targets for low and high', () => {
    const targets = { lowMgdl: 80, highMgdl: 160 };
    expect(classifyRange(75, targets)).toBe('low');
    expect(classifyRange(80, targets)).toBe('inRange');
    expect(classifyRange(160, targets)).toBe('inRange');
    expect(classifyRange(165, targets)).toBe('high');
  });

  it('keeps the fixed level-2 limits even with odd targets', () => {
    expect(classifyRange(52, { lowMgdl: 50, highMgdl: 180 })).toBe('veryLow');
    expect(classifyRange(51, { lowMgdl: 50, highMgdl: 180 })).toBe('veryLow');
    expect(classifyRange(260, { lowMgdl: 70, highMgdl: 300 })).toBe('veryHigh');
    expect(classifyRange(240, { lowMgdl: 70, highMgdl: 300 })).toBe('inRange');
  });

  it('handles infinities and refuses NaN', () => {
    expect(classifyRange(-Infinity, STANDARD)).toBe('veryLow');
    expect(classifyRange(Infinity, STANDARD)).toBe('veryHigh');
    expect(() => classifyRange(Number.NaN, STANDARD)).toThrow(RangeError);
  });
});

describe('toneFor', () => {
  it.each([
    ['veryLow', 'urgentLow'],
    ['low', 'low'],
    ['inRange', 'inRange'],
    ['high', 'high'],
    ['veryHigh', 'urgentHigh'],
  ] as [RangeBand, Tone][])('%s is %s', (range, tone) => {
    expect(toneFor(range, false, null)).toBe(tone);
  });

  it('lets stale win over every range and sensor limit', () => {
    for (const range of ['veryLow', 'low', 'inRange', 'high', 'veryHigh'] as RangeBand[]) {
      for (const limit of ['HI', 'LO', null] as SensorLimit[]) {
        expect(toneFor(range, true, limit)).toBe('stale');
      }
    }
  });

  it('lets a sensor limit win over the range', () => {
    expect(toneFor('inRange', false, 'LO')).toBe('urgentLow');
    expect(toneFor('veryLow', false, 'LO')).toBe('urgentLow');
    expect(toneFor('high', false, 'HI')).toBe('urgentHigh');
    expect(toneFor('inRange', false, 'HI')).toBe('urgentHigh');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFraction,
  formatPercentValue,
  roundPercents,
} from '../../../../renderer/format/percent';

describe('percentages', () => {
  it('rounds bands so they add up to exactly 100', () => {
    expect(roundPercents([0.013, 0.042, 0.716, 0.184, 0.045])).toEqual([1, 4, 72, 18, 5]);
    expect(roundPercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(roundPercents([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('always sums to 100 and moves no band by a whole point', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 5, maxLength: 5 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const fractions = counts.map((c) => c / total);
        const rounded = roundPercents(fractions);
        expect(rounded.reduce((a, b) => a + b, 0)).toBe(100);
        rounded.forEach((r, i) => expect(Math.abs(r - fractions[i]! * 100)).toBeLessThan(1));
      }),
    );
  });

  it('formats fractions and percent values', () => {
    expect(formatFraction(0.923)).toBe('92%');
    expect(formatPercentValue(6.86)).toBe('6.9%');
  });
});

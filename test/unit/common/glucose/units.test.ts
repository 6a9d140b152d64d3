import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRange } from '../../../../common/glucose/range';
import {
  MGDL_PER_MMOL,
  formatDelta,
  formatGlucose,
  formatReadingValue,
  formatWithUnit,
  mgdlToMmol,
  mmolToMgdl,
  roundHalfAwayFromZero,
  unitLabel,
} from '../../../../common/glucose/units';

describe('MGDL_PER_MMOL', () => {
  it('is the single factor 18.0182', () => {
    expect(MGDL_PER_MMOL).toBe(18.0182);
  });
});

describe('roundHalfAwayFromZero', () => {
  it.each([
    [0.25, 1, 0.3],
    [0.15, 1, 0.2],
    [1.005, 2, 1.01], // 1.005 * 100 is 100.49999999999999 in binary; still rounds up
    [0.24, 1, 0.2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.25, 1, -0.3],
    [-2.4, 0, -2],
  ])('%d to %d decimals is %d', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });
});

describe('mgdlToMmol', () => {
  it.each([
    [131, 7.3], // 131 / 18.0182 = 7.2704
    [70, 3.9], // 3.8850
    [69, 3.8], // 3.8295
    [180, 10.0], // 9.9899
    [54, 3.0], // 2.9970
    [100, 5.5], // 5.54994: just below the half, stays 5.5
    [40, 2.2], // 2.2200
    [500, 27.7], // 27.7497
  ])('%d mg/dL is %d mmol/L', (mgdl, mmol) => {
    expect(mgdlToMmol(mgdl)).toBe(mmol);
  });

  it('rounds an exact half of the mmol/L value up', () => {
    // 4.50455 mg/dL is exactly 0.25 mmol/L.
    expect(mgdlToMmol(MGDL_PER_MMOL * 0.25)).toBe(0.3);
    expect(mgdlToMmol(MGDL_PER_MMOL * 5.55)).toBe(5.6);
    // (18.0182 × 7.25) / 18.0182 × 10 comes out as 72.49999999999999 in binary.
    expect(mgdlToMmol(MGDL_PER_MMOL * 7.25)).toBe(7.3);
  });
});

describe('mmolToMgdl', () => {
  it.each([
    [7.3, 132], // 131.53
    [3.9, 70], // 70.27
    [10.0, 180], // 180.18
    [5.5, 99], // 99.10
    [2.2, 40], // 39.64
  ])('%d mmol/L is %d mg/dL', (mmol, mgdl) => {
    expect(mmolToMgdl(mmol)).toBe(mgdl);
  });

  it('mmol/L → mg/dL → mmol/L is stable for every one-decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (tenths) => {
        const mmol = tenths / 10;
        expect(mgdlToMmol(mmolToMgdl(mmol))).toBe(mmol);
      }),
    );
  });
});

describe('formatGlucose', () => {
  it.each([
    [131, 'mg/dL', '131'],
    [131, 'mmol/L', '7.3'],
    [180, 'mmol/L', '10.0'],
    [54, 'mmol/L', '3.0'],
    [39, 'mg/dL', '39'],
    [Number.NaN, 'mg/dL', '?'],
    [Number.NaN, 'mmol/L', '?'],
  ] as const)('%d in %s is %s', (mgdl, units, text) => {
    expect(formatGlucose(mgdl, units)).toBe(text);
  });

  it('shows HI/LO readings as HI/LO in both units', () => {
    expect(formatReadingValue({ mgdl: 500, sensorLimit: 'HI' }, 'mmol/L')).toBe('HI');
    expect(formatReadingValue({ mgdl: 40, sensorLimit: 'LO' }, 'mg/dL')).toBe('LO');
    expect(formatReadingValue({ mgdl: 131, sensorLimit: null }, 'mmol/L')).toBe('7.3');
  });
});

describe('formatDelta', () => {
  it.each([
    [3, 'mg/dL', '+3'],
    [-12, 'mg/dL', '−12'],
    [0, 'mg/dL', '±0'],
    [0.4, 'mg/dL', '±0'],
    [-0.4, 'mg/dL', '±0'],
    [2.5, 'mg/dL', '+3'],
    [-2.5, 'mg/dL', '−3'],
    [3.6, 'mmol/L', '+0.2'], // 0.1998
    [-12.6, 'mmol/L', '−0.7'], // -0.6993
    [0, 'mmol/L', '±0.0'],
    [0.9, 'mmol/L', '±0.0'], // 0.04995
    [-0.9, 'mmol/L', '±0.0'],
    [0.901, 'mmol/L', '+0.1'], // 0.05000 rounds up
    [-36.0364, 'mmol/L', '−2.0'],
  ] as const)('%d mg/dL in %s is %s', (delta, units, text) => {
    expect(formatDelta(delta, units)).toBe(text);
  });

  it('writes a fall with the minus sign U+2212, never a hyphen', () => {
    expect(formatDelta(-12, 'mg/dL')).toBe('\u221212');
    expect(formatDelta(-12.6, 'mmol/L')?.codePointAt(0)).toBe(0x2212);
    expect(formatDelta(-12, 'mg/dL')).not.toContain('-');
  });

  it('is null when the delta is unknown', () => {
    expect(formatDelta(null, 'mg/dL')).toBeNull();
    expect(formatDelta(Number.NaN, 'mmol/L')).toBeNull();
  });

  it('mirrors rises and falls', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 200, noNaN: true }), (d) => {
        for (const units of ['mg/dL', 'mmol/L'] as const) {
          const up = formatDelta(d, units) as string;
          const down = formatDelta(-d, units) as string;
          expect(up.slice(1)).toBe(down.slice(1));
          expect(up[0] === '±').toBe(down[0] === '±');
        }
      }),
    );
  });
});

describe('unit labels and sentences', () => {
  it('labels units', () => {
    expect(unitLabel('mg/dL')).toBe('mg/dL');
    expect(unitLabel('mmol/L')).toBe('mmol/L');
  });

  it('writes a value with its unit', () => {
    expect(formatWithUnit(131, 'mg/dL')).toBe('131 mg/dL');
    expect(formatWithUnit(131, 'mmol/L')).toBe('7.3 mmol/L');
    expect(formatWithUnit(131, 'both')).toBe('131 mg/dL (7.3 mmol/L)');
  });
});

describe('a unit change never moves a boundary', () => {
  it('a limit typed as 3.9 mmol/L is stored as 70 mg/dL and splits 69 from 70', () => {
    const low = mmolToMgdl(3.9);
    expect(low).toBe(70);
    const targets = { lowMgdl: low, highMgdl: mmolToMgdl(10.0) };
    expect(classifyRange(69, targets)).toBe('low');
    expect(classifyRange(70, targets)).toBe('inRange');
    expect(classifyRange(180, targets)).toBe('inRange');
    expect(classifyRange(181, targets)).toBe('high');
  });

  it('a value and its rounded mmol/L display never disagree about the 70/180 targets', () => {
    // Judging the rounded mmol/L text would put 69.x mg/dL at 3.9 = "in range"; judging mg/dL
    // keeps every integer mg/dL reading on the side of 70 and 180 its own number says.
    for (let mgdl = 30; mgdl <= 400; mgdl += 1) {
      const band = classifyRange(mgdl, { lowMgdl: 70, highMgdl: 180 });
      expect(band === 'low' || band === 'veryLow').toBe(mgdl < 70);
      expect(band === 'high' || band === 'veryHigh').toBe(mgdl > 180);
    }
  });
});

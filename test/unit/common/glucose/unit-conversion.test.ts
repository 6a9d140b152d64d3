import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatGlucose,
  formatRate,
  fromMgdl,
  MGDL_PER_MMOL,
  mgdlFrom,
  primaryUnit,
  toMgdl,
} from '../../../../common/glucose/units';

describe('unit conversion', () => {
  it('uses 18.0182 mg/dL per mmol/L', () => {
    expect(MGDL_PER_MMOL).toBe(18.0182);
    expect(fromMgdl(180.182, 'mmol/L')).toBeCloseTo(10, 10);
    expect(mgdlFrom(10, 'mmol/L')).toBeCloseTo(180.182, 10);
    expect(fromMgdl(123, 'mg/dL')).toBe(123);
  });

  it('sends mg/dL: whole numbers for levels, one decimal for rates', () => {
    expect(toMgdl(3.9, 'mmol/L')).toBe(70);
    expect(toMgdl(4.2, 'mmol/L')).toBe(76);
    expect(toMgdl(0.17, 'mmol/L', 1)).toBe(3.1);
    expect(toMgdl(95.4, 'mg/dL')).toBe(95);
  });

  it('shows mg/dL whole and mmol/L with one decimal', () => {
    expect(formatGlucose(131, 'mg/dL')).toBe('131');
    expect(formatGlucose(131, 'mmol/L')).toBe('7.3');
    expect(formatRate(2, 'mg/dL')).toBe('2.0');
    expect(formatRate(2, 'mmol/L')).toBe('0.11');
  });

  it('round-trips every whole mg/dL threshold through its mmol/L display', () => {
    // A threshold shown in mmol/L and saved unchanged must not drift by more than the display step.
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 400 }), (mgdl) => {
        const shown = Number(formatGlucose(mgdl, 'mmol/L'));
        expect(Math.abs(toMgdl(shown, 'mmol/L') - mgdl)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('draws and edits "both" in mg/dL', () => {
    expect(primaryUnit('both')).toBe('mg/dL');
    expect(primaryUnit('mmol/L')).toBe('mmol/L');
    expect(primaryUnit('mg/dL')).toBe('mg/dL');
  });
});

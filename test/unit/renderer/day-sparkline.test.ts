import { describe, expect, it } from 'vitest';
import { DAY_HEIGHT, daySparkline, yOf } from '../../../renderer/charts/day-sparkline';

describe('daySparkline', () => {
  it('draws the curve through the buckets, broken at gaps, a lone bucket as a dot', () => {
    const shape = daySparkline([100, 120, null, 150, null]);
    expect(shape.width).toBe(5);
    expect(shape.curve).toBe(`M0.5 ${yOf(100)}L1.5 ${yOf(120)}M3.5 ${yOf(150)}h0`);
  });

  it('draws only the stretches below 70 mg/dL as lows', () => {
    const shape = daySparkline([120, 65, 60, 90, 50]);
    expect(shape.lows).toBe(`M1.5 ${yOf(65)}L2.5 ${yOf(60)}M4.5 ${yOf(50)}h0`);
    expect(daySparkline([120, 180]).lows).toBe('');
    expect(daySparkline([null, null]).curve).toBe('');
  });

  it('puts the 70–180 band and clamps values into the drawing', () => {
    const { band } = daySparkline([]);
    expect(band.y).toBe(yOf(180));
    expect(band.y + band.height).toBeCloseTo(yOf(70), 5);
    expect(yOf(500)).toBe(0);
    expect(yOf(20)).toBe(DAY_HEIGHT);
    expect(yOf(180)).toBeLessThan(yOf(70));
  });
});

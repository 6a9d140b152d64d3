import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import { computeStats, gmiPercent } from '../../../main/core/glucose/stats';
import { MINUTE, T0, reading, series } from './make-reading';

const span = (minutes: number) => ({ from: T0, to: T0 + minutes * MINUTE });

describe('computeStats: hand-computed sets', () => {
  it('six 5-minute readings: mean, population SD, CV, GMI, coverage', () => {
    // 80 100 120 140 160 180 → mean 130
    // deviations ±10 ±30 ±50 → squares 100+100+900+900+2500+2500 = 7000
    // population variance 7000 / 6 = 1166.67 → SD 34.1565 (sample SD would be 37.4166)
    // CV = 34.1565 / 130 × 100 = 26.274 %; GMI = 3.31 + 0.02392 × 130 = 6.4196 %
    // 6 slots of 5 minutes in a 30-minute span, all occupied → coverage 1
    const data = series([0, 5, 10, 15, 20, 25], [80, 100, 120, 140, 160, 180]);
    const s = computeStats(data, span(30));
    expect(s.readings).toBe(6);
    expect(s.meanMgdl).toBeCloseTo(130, 10);
    expect(s.sdMgdl).toBeCloseTo(34.1565, 4);
    expect(s.sdMgdl).not.toBeCloseTo(37.4166, 2);
    expect(s.cvPercent).toBeCloseTo(26.274, 3);
    expect(gmiPercent(s.meanMgdl!)).toBeCloseTo(6.4196, 4);
    // 30 minutes are far too short for an estimated A1C.
    expect(s.gmiPercent).toBeNull();
    expect(s.gmiWithheld).toBe('span-too-short');
    expect(s.coverage).toBe(1);
    expect(s.timeInRange).toEqual({ veryLow: 0, low: 0, inRange: 1, high: 0, veryHigh: 0 });
    expect(s.from).toBe(T0);
    expect(s.to).toBe(T0 + 30 * MINUTE);
  });

  it('six readings across all five bands', () => {
    // 50 60 100 150 200 300: sum 860 → mean 143.333 (= 430/3)
    // 3 × deviations: -280 -250 -130 20 170 470 → squares 78400 62500 16900 400 28900 220900
    // sum 408000 → Σ(dev²) = 408000/9 = 45333.33 → variance /6 = 7555.56 → SD 86.9227
    // CV = 86.9227 / 143.333 × 100 = 60.644 %; GMI = 3.31 + 0.02392 × 143.333 = 6.7385 %
    const data = series([0, 5, 10, 15, 20, 25], [50, 60, 100, 150, 200, 300]);
    const s = computeStats(data, span(30));
    expect(s.meanMgdl).toBeCloseTo(143.3333, 4);
    expect(s.sdMgdl).toBeCloseTo(86.9227, 4);
    expect(s.cvPercent).toBeCloseTo(60.644, 3);
    expect(gmiPercent(s.meanMgdl!)).toBeCloseTo(6.7385, 4);
    expect(s.timeInRange.veryLow).toBeCloseTo(1 / 6, 12);
    expect(s.timeInRange.low).toBeCloseTo(1 / 6, 12);
    expect(s.timeInRange.inRange).toBeCloseTo(2 / 6, 12);
    expect(s.timeInRange.high).toBeCloseTo(1 / 6, 12);
    expect(s.timeInRange.veryHigh).toBeCloseTo(1 / 6, 12);
  });

  it('uses the fixed consensus band edges, not the patient targets', () => {
    // 53 | 54 69 | 70 180 | 181 250 | 251  (one reading per slot, 8 slots)
    const values = [53, 54, 69, 70, 180, 181, 250, 251];
    const s = computeStats(series([0, 5, 10, 15, 20, 25, 30, 35], values), span(40));
    expect(s.timeInRange).toEqual({
      veryLow: 1 / 8,
      low: 2 / 8,
      inRange: 2 / 8,
      high: 2 / 8,
      veryHigh: 1 / 8,
    });
  });

  it('GMI formula', () => {
    expect(gmiPercent(154)).toBeCloseTo(3.31 + 0.02392 * 154, 12);
    expect(gmiPercent(100)).toBeCloseTo(5.702, 12);
  });
});

describe('computeStats: weighting minute data against 5-minute data', () => {
  it('gives each occupied 5-minute slot the same weight', () => {
    // Slot 0: five 1-minute readings of 60. Slot 1: one 5-minute reading of 120.
    // Per reading the mean would be (5×60 + 120)/6 = 70 and time low 5/6;
    // per slot it is (60 + 120)/2 = 90, SD 30, and low / in range are half each.
    const data = [...series([0, 1, 2, 3, 4], [60, 60, 60, 60, 60]), reading(5, 120)];
    const s = computeStats(data, span(10));
    expect(s.readings).toBe(6);
    expect(s.meanMgdl).toBeCloseTo(90, 10);
    expect(s.sdMgdl).toBeCloseTo(30, 10);
    expect(s.timeInRange.low).toBeCloseTo(0.5, 12);
    expect(s.timeInRange.inRange).toBeCloseTo(0.5, 12);
    expect(s.coverage).toBe(1);
  });

  it('is unchanged by duplicates', () => {
    const once = series([0, 5, 10], [70, 150, 260]);
    const thrice = [...once, ...once, ...once].sort((a, b) => a.time - b.time);
    const a = computeStats(once, span(15));
    const b = computeStats(thrice, span(15));
    expect(b.meanMgdl).toBeCloseTo(a.meanMgdl as number, 10);
    expect(b.sdMgdl).toBeCloseTo(a.sdMgdl as number, 10);
    expect(b.timeInRange.veryHigh).toBeCloseTo(a.timeInRange.veryHigh, 12);
    expect(b.readings).toBe(9);
  });

  it('gives the same result for minute data as for one reading per slot of the same values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 40, max: 400 }), { minLength: 1, maxLength: 30 }),
        (v) => {
          const coarse = v.map((mgdl, i) => reading(i * 5, mgdl));
          const fine = v.flatMap((mgdl, i) => [0, 1, 2, 3, 4].map((m) => reading(i * 5 + m, mgdl)));
          const a = computeStats(coarse, span(v.length * 5));
          const b = computeStats(fine, span(v.length * 5));
          expect(b.meanMgdl).toBeCloseTo(a.meanMgdl as number, 8);
          expect(b.sdMgdl).toBeCloseTo(a.sdMgdl as number, 6);
          expect(b.timeInRange.inRange).toBeCloseTo(a.timeInRange.inRange, 10);
          expect(b.coverage).toBe(a.coverage);
        },
      ),
    );
  });
});

describe('computeStats: span, coverage and empty input', () => {
  it('includes `from`, excludes `to`, and counts occupied slots for coverage', () => {
    // 60-minute span = 12 slots; readings in slots 0, 0, 5 and 11 → 3 of 12 = 0.25
    const data = [
      reading(-1, 300), // before the span
      reading(0, 100),
      reading(3, 100),
      reading(27, 100),
      reading(59, 100),
      reading(60, 300), // at `to`: excluded
    ];
    const s = computeStats(data, span(60));
    expect(s.readings).toBe(4);
    expect(s.coverage).toBe(0.25);
    expect(s.timeInRange.veryHigh).toBe(0);
  });

  it('counts HI/LO with their clamped values', () => {
    const data = [reading(0, 40, { sensorLimit: 'LO' }), reading(5, 500, { sensorLimit: 'HI' })];
    const s = computeStats(data, span(10));
    expect(s.timeInRange.veryLow).toBe(0.5);
    expect(s.timeInRange.veryHigh).toBe(0.5);
  });

  it('returns zeros and nulls, never NaN, without readings', () => {
    const expected = {
      from: T0,
      to: T0 + 60 * MINUTE,
      readings: 0,
      timeInRange: { veryLow: 0, low: 0, inRange: 0, high: 0, veryHigh: 0 },
      meanMgdl: null,
      sdMgdl: null,
      cvPercent: null,
      gmiPercent: null,
      gmiWithheld: 'no-readings',
      coverage: 0,
      lowEpisodes: { below70: { count: 0, minutes: 0 }, below54: { count: 0, minutes: 0 } },
    };
    expect(computeStats([], span(60))).toEqual(expected);
    expect(computeStats([reading(120, 100)], span(60))).toEqual(expected);
    expect(computeStats([reading(0, 100)], { from: T0, to: T0 }).coverage).toBe(0);
  });

  it('keeps its invariants on random data', () => {
    const arb = fc.array(
      fc.record({
        minute: fc.double({ min: 0, max: 239.99, noNaN: true }),
        mgdl: fc.integer({ min: 39, max: 501 }),
      }),
      { minLength: 1, maxLength: 120 },
    );
    fc.assert(
      fc.property(arb, (points) => {
        const data: Reading[] = points.map((p) => reading(p.minute, p.mgdl));
        const s = computeStats(data, span(240));
        const t = s.timeInRange;
        expect(t.veryLow + t.low + t.inRange + t.high + t.veryHigh).toBeCloseTo(1, 10);
        const values = data.map((r) => r.mgdl);
        expect(s.meanMgdl).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(s.meanMgdl).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        expect(s.sdMgdl).toBeGreaterThanOrEqual(0);
        expect(s.coverage).toBeGreaterThan(0);
        expect(s.coverage).toBeLessThanOrEqual(1);
        expect(Number.isNaN(s.cvPercent)).toBe(false);
        expect(s.readings).toBe(data.length);
      }),
    );
  });
});

describe('computeStats: GMI only over ≥ 14 days with ≥ 70 % sensor wear', () => {
  const DAY_MIN = 24 * 60;
  /** One 150 mg/dL reading every 5 minutes over the first `days` of the span. */
  const worn = (days: number) =>
    Array.from({ length: (days * DAY_MIN) / 5 }, (_, i) => reading(i * 5, 150));

  it('gives GMI for 14 days fully worn', () => {
    const s = computeStats(worn(14), span(14 * DAY_MIN));
    expect(s.gmiWithheld).toBeNull();
    expect(s.gmiPercent).toBeCloseTo(gmiPercent(150), 10);
  });

  it('withholds it over 13.9 days, however well worn', () => {
    const s = computeStats(worn(13), span(13.9 * DAY_MIN));
    expect(s.gmiPercent).toBeNull();
    expect(s.gmiWithheld).toBe('span-too-short');
  });

  it('withholds it when the sensor was worn under 70 % of the span', () => {
    // 10 of 14 days = 71 %: given; 9.75 days = 69.6 %: withheld.
    expect(computeStats(worn(10), span(14 * DAY_MIN)).gmiWithheld).toBeNull();
    const s = computeStats(worn(9.75), span(14 * DAY_MIN));
    expect(s.coverage).toBeCloseTo(9.75 / 14, 6);
    expect(s.gmiPercent).toBeNull();
    expect(s.gmiWithheld).toBe('low-wear');
  });
});

describe('computeStats: low episodes (consensus: ≥ 15 minutes below 70 / below 54)', () => {
  it('counts each episode once and adds up its minutes, below 70 and below 54 apart', () => {
    // 0–15 min at 65 (15 min: one episode below 70), back up for 30 minutes,
    // then 50, 50, 50, 60 (20 min below 70, of which 15 below 54), then in range again.
    const values = [65, 65, 65, 100, 100, 100, 100, 100, 100, 50, 50, 50, 60, 100, 100, 100, 100];
    const data = series(
      values.map((_, i) => i * 5),
      values,
    );
    const s = computeStats(data, span(values.length * 5));
    expect(s.lowEpisodes).toEqual({
      below70: { count: 2, minutes: 35 },
      below54: { count: 1, minutes: 15 },
    });
  });

  it('the limits themselves are not below them: 54 is below 70 only, 70 is below neither', () => {
    const data = series([0, 5, 10, 15, 20, 25, 30, 35], [54, 54, 54, 100, 70, 70, 70, 100]);
    expect(computeStats(data, span(40)).lowEpisodes).toEqual({
      below70: { count: 1, minutes: 15 },
      below54: { count: 0, minutes: 0 },
    });
  });

  it('a dip of 10 minutes is no episode', () => {
    const data = series([0, 5, 10, 15, 20], [100, 60, 60, 100, 100]);
    expect(computeStats(data, span(25)).lowEpisodes.below70).toEqual({ count: 0, minutes: 0 });
  });

  it('a brief recovery inside a low belongs to the one episode and its length', () => {
    // 60 ×3, 75 ×2 (10 min), 60 ×3, then up: one episode from 0 to 40 minutes.
    const values = [60, 60, 60, 75, 75, 60, 60, 60, 100, 100, 100, 100];
    const data = series(
      values.map((_, i) => i * 5),
      values,
    );
    expect(computeStats(data, span(60)).lowEpisodes.below70).toEqual({ count: 1, minutes: 40 });
  });
});

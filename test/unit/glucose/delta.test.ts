import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import {
  deltaMgdl,
  findDeltaReference,
  lowerBound,
  ratePerMinute,
} from '../../../main/core/glucose/delta';
import { MINUTE, T0, reading, series } from './make-reading';

const minutes = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('deltaMgdl', () => {
  it('with 1-minute data compares with the reading exactly 5 minutes back', () => {
    // Values 100, 101, ... at minutes -10 … 0: the reading at -5 is 105, latest 110.
    const data = series(minutes(-10, 0), minutes(100, 110));
    const latest = data[data.length - 1] as Reading;
    expect(deltaMgdl(data, latest)).toBe(5);
  });

  it('with 5-minute data compares with the previous point', () => {
    const data = series([-15, -10, -5, 0], [140, 130, 120, 112]);
    expect(deltaMgdl(data, data[3] as Reading)).toBe(-8);
  });

  it('ignores a duplicate of the latest and the readings in between (not "previous reading")', () => {
    const data = series([-5, -1, 0, 0], [100, 120, 125, 125]);
    expect(deltaMgdl(data, reading(0, 125))).toBe(25);
  });

  it('works with duplicates of the reference', () => {
    const data = series([-5, -5, 0], [100, 100, 104]);
    expect(deltaMgdl(data, data[2] as Reading)).toBe(4);
  });

  it('takes the reading closest to 5 minutes back, the later one on a tie', () => {
    expect(findDeltaReference(series([-6.5, -5.2, -4.1], [1, 2, 3]), reading(0, 0))?.mgdl).toBe(2);
    expect(findDeltaReference(series([-5.5, -4.5], [1, 2]), reading(0, 0))?.mgdl).toBe(2);
  });

  it('includes both window ends (4 and 7 minutes back) and nothing beyond', () => {
    const latest = reading(0, 100);
    expect(deltaMgdl([reading(-4, 90)], latest)).toBe(10);
    expect(deltaMgdl([reading(-7, 80)], latest)).toBe(20);
    expect(deltaMgdl([reading(-4 + 1 / MINUTE, 90)], latest)).toBeNull(); // 3:59.999 back
    expect(deltaMgdl([reading(-7 - 1 / MINUTE, 80)], latest)).toBeNull(); // 7:00.001 back
  });

  it('is null across a gap with nothing 4–7 minutes back', () => {
    const data = series([-20, -15, -8, -3], [100, 100, 100, 100]);
    expect(deltaMgdl(data, reading(0, 120))).toBeNull();
    expect(deltaMgdl([], reading(0, 120))).toBeNull();
  });

  it('is null when either side is HI or LO', () => {
    expect(deltaMgdl([reading(-5, 40, { sensorLimit: 'LO' })], reading(0, 60))).toBeNull();
    expect(deltaMgdl([reading(-5, 380)], reading(0, 500, { sensorLimit: 'HI' }))).toBeNull();
    expect(deltaMgdl([reading(-5, 380)], reading(0, 400))).toBe(20);
  });

  it('never uses a reading outside the window, and always the closest inside it', () => {
    const offsets = fc.array(fc.integer({ min: -20 * 60, max: 2 * 60 }), { maxLength: 40 });
    fc.assert(
      fc.property(offsets, (seconds) => {
        const data = [...seconds].sort((a, b) => a - b).map((s, i) => reading(s / 60, 100 + i)); // mgdl identifies the reading
        const latest = reading(0, 90);
        const ref = findDeltaReference(data, latest);
        const inWindow = data.filter((r) => r.time >= T0 - 7 * MINUTE && r.time <= T0 - 4 * MINUTE);
        if (inWindow.length === 0) {
          expect(ref).toBeNull();
          expect(deltaMgdl(data, latest)).toBeNull();
          return;
        }
        expect(ref).not.toBeNull();
        const chosen = ref as Reading;
        expect(inWindow).toContain(chosen);
        const distance = (r: Reading) => Math.abs(r.time - (T0 - 5 * MINUTE));
        for (const r of inWindow) expect(distance(chosen)).toBeLessThanOrEqual(distance(r));
        expect(deltaMgdl(data, latest)).toBe(90 - chosen.mgdl);
      }),
    );
  });
});

describe('lowerBound', () => {
  it('finds the first reading at or after a time', () => {
    const data = series([0, 1, 1, 3], [1, 2, 3, 4]);
    expect(lowerBound(data, T0 - 1)).toBe(0);
    expect(lowerBound(data, T0 + MINUTE)).toBe(1);
    expect(lowerBound(data, T0 + 2 * MINUTE)).toBe(3);
    expect(lowerBound(data, T0 + 9 * MINUTE)).toBe(4);
  });
});

describe('ratePerMinute', () => {
  it('is the least-squares slope (hand-computed)', () => {
    // Points (x min, y): (-10, 130), (-5, 120), (0, 100). mean x = -5, mean y = 350/3.
    // Sxy = (-5)(130 - 350/3) + 0 + (5)(100 - 350/3) = -5 * 40/3 + 5 * -50/3 = -150
    // Sxx = 25 + 0 + 25 = 50  →  slope = -150 / 50 = -3 mg/dL per minute.
    const data = series([-10, -5], [130, 120]);
    expect(ratePerMinute(data, reading(0, 100))).toBeCloseTo(-3, 10);
  });

  it('recovers an exact line from 1-minute data', () => {
    const data = series(
      minutes(-15, 0),
      minutes(-15, 0).map((m) => 150 + 2 * m),
    );
    expect(ratePerMinute(data, data[data.length - 1] as Reading)).toBeCloseTo(2, 10);
  });

  it('only uses the last 15 minutes', () => {
    // A wild value 16 minutes back would turn the slope if it were used.
    const data = [reading(-16, 400), ...series([-10, -5], [110, 105])];
    expect(ratePerMinute(data, reading(0, 100))).toBeCloseTo(-1, 10);
  });

  it('counts a copy of the latest once', () => {
    const data = series([-10, -5, 0], [130, 120, 100]);
    expect(ratePerMinute(data, reading(0, 100))).toBeCloseTo(-3, 10);
  });

  it('leaves out HI/LO readings and is null at HI/LO', () => {
    const data = [...series([-10, -5], [130, 120]), reading(-3, 40, { sensorLimit: 'LO' })];
    expect(ratePerMinute(data, reading(0, 100))).toBeCloseTo(-3, 10);
    expect(ratePerMinute(series([-10, -5], [60, 50]), reading(0, 40, { sensorLimit: 'LO' }))).toBe(
      null,
    );
  });

  it('is null with fewer than 3 readings or less than 5 minutes of spread', () => {
    expect(ratePerMinute([reading(-5, 120)], reading(0, 100))).toBeNull();
    expect(ratePerMinute(series([-3, -2, -1], [103, 102, 101]), reading(0, 100))).toBeNull();
    expect(ratePerMinute(series([-5, -2], [105, 102]), reading(0, 100))).toBeCloseTo(-1, 10);
  });
});

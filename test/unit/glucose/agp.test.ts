import { describe, expect, it } from 'vitest';
import { computeAgp } from '../../../main/core/glucose/agp';
import { percentile } from '../../../common/glucose/percentile';
import { reading } from './make-reading';

const DAY_MIN = 1440;
// T0 is 12:00 UTC; minutes from T0 for 00:10 UTC of the same day:
const MIDNIGHT = -12 * 60;

describe('percentile (linear interpolation, type 7)', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5], // h = 3 × 0.5 = 1.5 → 2 + 0.5 × (3 − 2)
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[10, 20, 30, 40, 50], 0.95, 48], // h = 4 × 0.95 = 3.8 → 40 + 0.8 × 10
    [[7], 0.25, 7],
  ])('%j at %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 12);
  });

  it('is null for no values and refuses p outside 0..1', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });
});

describe('computeAgp', () => {
  it('gives the five percentiles of one time of day over several days (hand-computed)', () => {
    // 08:05 UTC on five days: 50 100 150 200 250 → n = 5
    // p5: h = 0.2 → 50 + 0.2×50 = 60; p25: h = 1 → 100; p50: 150; p75: 200; p95: h = 3.8 → 240
    const values = [150, 50, 250, 100, 200];
    const data = values.map((mgdl, day) => reading(MIDNIGHT + day * DAY_MIN + 8 * 60 + 5, mgdl));
    const agp = computeAgp(data, {});
    const bucket = (8 * 60) / 15; // 32
    expect(agp.bucketMinutes).toBe(15);
    expect(agp.p50).toHaveLength(96);
    expect(agp.p5[bucket]).toBeCloseTo(60, 10);
    expect(agp.p25[bucket]).toBeCloseTo(100, 10);
    expect(agp.p50[bucket]).toBeCloseTo(150, 10);
    expect(agp.p75[bucket]).toBeCloseTo(200, 10);
    expect(agp.p95[bucket]).toBeCloseTo(240, 10);
    expect(agp.p50[bucket - 1]).toBeNull();
    expect(agp.p50.filter((v) => v !== null)).toHaveLength(1);
  });

  it("uses the wearer's local time from each reading", () => {
    // 23:10 UTC at +120 min is 01:10 local → 15-minute bucket 4.
    const r = reading(MIDNIGHT + 23 * 60 + 10, 111, { localOffsetMinutes: 120 });
    const agp = computeAgp([r]);
    expect(agp.p50[4]).toBe(111);
    expect(agp.p50[(23 * 60) / 15]).toBeNull();
  });

  it('falls back to the default offset, then to UTC', () => {
    const r = reading(MIDNIGHT + 3 * 60, 90, { localOffsetMinutes: null }); // 03:00 UTC
    expect(computeAgp([r], { defaultOffsetMinutes: -300, bucketMinutes: 60 }).p50[22]).toBe(90);
    expect(computeAgp([r], { bucketMinutes: 60 }).p50[3]).toBe(90);
  });

  it('puts readings across a DST change at the same local time together', () => {
    // 07:00 local: 06:00 UTC at +60 (winter) and 05:00 UTC at +120 (summer).
    const winter = reading(MIDNIGHT + 6 * 60, 100, { localOffsetMinutes: 60 });
    const summer = reading(MIDNIGHT + DAY_MIN + 5 * 60, 200, { localOffsetMinutes: 120 });
    const agp = computeAgp([winter, summer], { bucketMinutes: 60 });
    expect(agp.p50[7]).toBe(150);
    expect(agp.p50.filter((v) => v !== null)).toHaveLength(1);
  });

  it('averages minute data per 5-minute slot so it does not outweigh 5-minute days', () => {
    // Day 1: 1-minute readings 100 110 120 130 140 in one slot → one value 120.
    // Day 2: one graph point of 200 at the same time of day. Median of [120, 200] = 160
    // (per raw reading it would be the median of 100 110 120 130 140 200 = 125).
    const minuteDay = [100, 110, 120, 130, 140].map((v, i) => reading(MIDNIGHT + 9 * 60 + i, v));
    const graphDay = reading(MIDNIGHT + DAY_MIN + 9 * 60 + 2, 200, { source: 'graph' });
    const agp = computeAgp([...minuteDay, graphDay]);
    expect(agp.p50[36]).toBeCloseTo(160, 10);
  });

  it('gives one row per bucket and null rows without data', () => {
    const agp = computeAgp([], { bucketMinutes: 60 });
    expect(agp.bucketMinutes).toBe(60);
    for (const row of [agp.p5, agp.p25, agp.p50, agp.p75, agp.p95]) {
      expect(row).toEqual(new Array(24).fill(null));
    }
  });

  it('refuses a bucket width that does not divide the day', () => {
    expect(() => computeAgp([], { bucketMinutes: 7 })).toThrow(RangeError);
    expect(() => computeAgp([], { bucketMinutes: 0 })).toThrow(RangeError);
    expect(() => computeAgp([], { bucketMinutes: 2.5 })).toThrow(RangeError);
    expect(computeAgp([], { bucketMinutes: 30 }).p50).toHaveLength(48);
  });

  it('keeps the percentiles ordered', () => {
    const data = Array.from({ length: 500 }, (_, i) =>
      reading(MIDNIGHT + i * 17, 60 + ((i * 7919) % 300)),
    );
    const agp = computeAgp(data);
    agp.p50.forEach((p50, i) => {
      if (p50 === null) return;
      const [a, b, c, d] = [agp.p5[i], agp.p25[i], agp.p75[i], agp.p95[i]] as number[];
      expect(a).toBeLessThanOrEqual(b as number);
      expect(b).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(c as number);
      expect(c).toBeLessThanOrEqual(d as number);
    });
  });
});

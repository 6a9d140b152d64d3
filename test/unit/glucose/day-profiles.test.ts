import { describe, expect, it } from 'vitest';
import { computeDayProfiles, localDate } from '../../../main/core/glucose/day-profiles';
import { MINUTE, T0, reading } from './make-reading';

const HOUR = 60 * MINUTE;
// T0 is 2026-01-15 12:00 UTC; a span of the 15th noon to the 17th noon touches three dates.
const span = { from: T0, to: T0 + 48 * HOUR };

describe('computeDayProfiles', () => {
  it('gives one profile per date the span touches, oldest first, empty days included', () => {
    const days = computeDayProfiles([reading(60, 120)], span);
    expect(days.profiles.map((d) => d.date)).toEqual(['2026-01-15', '2026-01-16', '2026-01-17']);
    expect(days.profiles.map((d) => d.readings)).toEqual([1, 0, 0]);
    expect(days.profiles[1]?.mgdl.every((v) => v === null)).toBe(true);
    expect(days.profiles[1]?.lowestMgdl).toBeNull();
  });

  it('averages each 15-minute bucket from local midnight and leaves gaps null', () => {
    // 13:00 and 13:05 UTC share bucket 52 (13:00–13:15); 13:15 starts bucket 53.
    const days = computeDayProfiles([reading(60, 100), reading(65, 120), reading(75, 200)], span);
    const day = days.profiles[0]!;
    expect(days.bucketMinutes).toBe(15);
    expect(day.mgdl).toHaveLength(96);
    expect(day.mgdl[52]).toBe(110);
    expect(day.mgdl[53]).toBe(200);
    expect(day.mgdl[54]).toBeNull();
    expect([day.lowestMgdl, day.highestMgdl]).toEqual([100, 200]);
  });

  it("puts a reading on the wearer's own date and local time of day", () => {
    // 23:30 UTC at UTC+1 is 00:30 on the 16th: bucket 2 of the 16th, not the 15th.
    const late = reading(11.5 * 60, 90, { localOffsetMinutes: 60 });
    const days = computeDayProfiles([late], span);
    const day16 = days.profiles.find((d) => d.date === '2026-01-16')!;
    expect(day16.readings).toBe(1);
    expect(day16.mgdl[2]).toBe(90);
    expect(days.profiles.find((d) => d.date === '2026-01-15')?.readings).toBe(0);
    expect(localDate(late.time, 60)).toBe('2026-01-16');
  });

  it('gives each day its own time in ranges and low episodes', () => {
    const readings = [];
    // The 15th: 14:00–15:00 in range, then 30 minutes at 60 (one low episode).
    for (let m = 120; m < 180; m += 5) readings.push(reading(m, 120));
    for (let m = 180; m < 210; m += 5) readings.push(reading(m, 60));
    // The 16th: two hours in range only.
    for (let m = 24 * 60; m < 26 * 60; m += 5) readings.push(reading(m, 150));
    const [d15, d16] = computeDayProfiles(readings, span).profiles;
    expect(d15?.lows).toBe(1);
    expect(d15?.timeInRange.low).toBeCloseTo(6 / 18);
    expect(d15?.timeInRange.inRange).toBeCloseTo(12 / 18);
    expect(d16?.lows).toBe(0);
    expect(d16?.timeInRange.inRange).toBe(1);
  });
});

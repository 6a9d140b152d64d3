import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import { dailyPatterns } from '../../../main/core/glucose/daily-patterns';
import { findEpisodeStarts } from '../../../main/core/glucose/episodes';
import { reading } from './make-reading';

// T0 is 12:00 UTC. Minutes from T0 for a UTC wall-clock time of the same day:
const at = (hh: number, mm: number): number => (hh - 12) * 60 + mm;

/** Readings every `step` minutes starting at `start`, one per value. */
function run(start: number, step: number, values: readonly number[], extra: Partial<Reading> = {}) {
  return values.map((v, i) => reading(start + i * step, v, extra));
}

const below = (r: Reading) => r.mgdl < 70;

describe('findEpisodeStarts (≥ 15 minutes, consensus)', () => {
  it('5-minute data: three readings below make 15 minutes, two do not', () => {
    expect(findEpisodeStarts(run(0, 5, [65, 60, 62, 80, 90]), below)).toHaveLength(1);
    expect(findEpisodeStarts(run(0, 5, [65, 60, 80, 90]), below)).toHaveLength(0);
  });

  it('1-minute data: fifteen readings below make 15 minutes, fourteen do not', () => {
    const fifteen = run(0, 1, [...new Array(15).fill(60), 80]);
    const fourteen = run(0, 1, [...new Array(14).fill(60), 80]);
    expect(findEpisodeStarts(fifteen, below)).toHaveLength(1);
    expect(findEpisodeStarts(fourteen, below)).toHaveLength(0);
  });

  it('15-minute (Libre 2 history) data: two readings below make an episode, one does not', () => {
    // Each reading vouches for at most 5 minutes: 0 and 15 below → 15 + 5 = 20 minutes.
    expect(findEpisodeStarts(run(0, 15, [60, 60, 90]), below)).toHaveLength(1);
    expect(findEpisodeStarts(run(0, 15, [60, 90, 90]), below)).toHaveLength(0);
  });

  it('a short recovery (< 15 minutes) does not split one episode into two', () => {
    const data = run(0, 5, [60, 60, 60, 75, 75, 60, 60, 60, 90, 90, 90]);
    const starts = findEpisodeStarts(data, below);
    expect(starts).toHaveLength(1);
    expect(starts[0]).toBe(data[0]);
  });

  it('a recovery of 15 minutes ends the episode, so the next dip counts again', () => {
    const data = run(0, 5, [60, 60, 60, 75, 75, 75, 60, 60, 60, 90]);
    const starts = findEpisodeStarts(data, below);
    expect(starts.map((r) => r.time)).toEqual([data[0]?.time, data[6]?.time]);
  });

  it('a data gap over 15 minutes breaks a run', () => {
    // 60 at 0 and 5, then nothing for 20 minutes, then 60 at 25: neither part reaches 15.
    const data = [...run(0, 5, [60, 60]), ...run(25, 5, [60, 90])];
    expect(findEpisodeStarts(data, below)).toHaveLength(0);
  });

  it('a data gap ends an episode', () => {
    const data = [...run(0, 5, [60, 60, 60]), ...run(40, 5, [60, 60, 60, 90])];
    expect(findEpisodeStarts(data, below)).toHaveLength(2);
  });
});

describe('dailyPatterns', () => {
  it('splits the day by local time and computes slot-weighted mean and time in range', () => {
    // UTC+2 wearer. 03:00 local (night) = 01:00 UTC; 08:00 local (morning) = 06:00 UTC …
    const tz = { localOffsetMinutes: 120 };
    const data = [
      ...run(at(1, 0), 5, [60, 100], tz), // night: mean 80, in range 1/2
      ...run(at(6, 0), 1, [200, 200, 200, 200, 200], tz), // morning slot 1: five × 200
      reading(at(6, 5), 100, tz), // morning slot 2 → mean (200 + 100) / 2 = 150, TIR 1/2
      reading(at(12, 0), 180, tz), // 14:00 local: afternoon, in range
      reading(at(21, 59), 300, tz), // 23:59 local: evening, out of range
    ];
    const p = dailyPatterns(data);
    expect(p.night).toMatchObject({ readings: 2, meanMgdl: 80, timeInRange: 0.5 });
    expect(p.morning.readings).toBe(6);
    expect(p.morning.meanMgdl).toBeCloseTo(150, 10);
    expect(p.morning.timeInRange).toBeCloseTo(0.5, 12);
    expect(p.afternoon).toMatchObject({ readings: 1, meanMgdl: 180, timeInRange: 1 });
    expect(p.evening).toMatchObject({ readings: 1, meanMgdl: 300, timeInRange: 0 });
    expect(p.night).toMatchObject({ period: 'night', startHour: 0, endHour: 6 });
    expect(p.evening).toMatchObject({ period: 'evening', startHour: 18, endHour: 24 });
  });

  it('puts period edges on the hour: 05:59 is night, 06:00 morning, 00:00 night', () => {
    const p = dailyPatterns([
      reading(at(5, 59), 100),
      reading(at(6, 0), 110),
      reading(at(0, 0), 120),
      reading(at(17, 59), 130),
      reading(at(18, 0), 140),
    ]);
    expect(p.night.readings).toBe(2);
    expect(p.morning.readings).toBe(1);
    expect(p.afternoon.readings).toBe(1);
    expect(p.evening.readings).toBe(1);
  });

  it('uses the default offset for readings without one', () => {
    const r = reading(at(4, 0), 100, { localOffsetMinutes: null }); // 04:00 UTC
    expect(dailyPatterns([r], { defaultOffsetMinutes: 180 }).morning.readings).toBe(1);
    expect(dailyPatterns([r]).night.readings).toBe(1);
  });

  it('counts low and high episodes in the period where they start', () => {
    const data = [
      ...run(at(5, 50), 5, [65, 62, 60, 58, 66, 90, 95, 95, 95]), // starts 05:50 → night
      ...run(at(13, 0), 5, [260, 280, 300, 270, 240, 200, 200, 200]), // afternoon high
      ...run(at(19, 0), 5, [251, 251, 200, 200, 200, 200]), // only 10 min above 250: none
      ...run(at(20, 0), 5, [250, 250, 250, 250]), // 250 is not above 250: none
    ];
    const p = dailyPatterns(data);
    expect(p.night.lowEpisodes).toBe(1);
    expect(p.morning.lowEpisodes).toBe(0);
    expect(p.afternoon.highEpisodes).toBe(1);
    expect(p.evening.highEpisodes).toBe(0);
  });

  it('counts LO as below 70 and sorts its input', () => {
    const lo = { sensorLimit: 'LO' as const };
    const data = run(at(2, 0), 5, [40, 40, 40, 80, 80, 80], lo).reverse();
    expect(dailyPatterns(data).night.lowEpisodes).toBe(1);
  });

  it('has nulls and zeros for empty periods', () => {
    const p = dailyPatterns([]);
    for (const period of ['night', 'morning', 'afternoon', 'evening'] as const) {
      expect(p[period]).toMatchObject({
        readings: 0,
        meanMgdl: null,
        timeInRange: null,
        lowEpisodes: 0,
        highEpisodes: 0,
      });
    }
  });
});

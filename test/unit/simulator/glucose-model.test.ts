import { describe, expect, it } from 'vitest';
import { planDay } from '../../../main/simulator/glucose/day-plan';
import { createGlucoseModel } from '../../../main/simulator/glucose/model';
import { createPatientProfile } from '../../../main/simulator/patients/profile';
import { createZoneClock } from '../../../main/simulator/time-format';

const START_MINUTE = Math.floor(Date.UTC(2026, 0, 5) / 60_000);
const DAYS = 30;

function modelFor(seed: number, zone = 'Europe/Berlin') {
  const profile = createPatientProfile(seed, 'model-test', { timeZone: zone });
  return createGlucoseModel(profile.physiology, createZoneClock(zone));
}

function month(seed: number): number[] {
  const model = modelFor(seed);
  return Array.from({ length: DAYS * 1440 }, (_, i) => model.rawAt(START_MINUTE + i));
}

describe('glucose model', () => {
  it('is a pure function of seed and minute', () => {
    const a = modelFor(11);
    const b = modelFor(11);
    const minutes = [START_MINUTE + 17, START_MINUTE + 5000, START_MINUTE + 20_000];
    // Asking in a different order (and twice) must not change any answer.
    const forward = minutes.map((m) => a.rawAt(m));
    const backward = [...minutes].reverse().map((m) => b.rawAt(m));
    expect(backward.reverse()).toEqual(forward);
    expect(minutes.map((m) => a.rawAt(m))).toEqual(forward);
    expect(modelFor(12).rawAt(minutes[1] as number)).not.toBe(forward[1]);
  });

  it.each([3, 7, 42])('seed %i: a month looks like a real wearer', (seed) => {
    const values = month(seed);
    const share = (test: (v: number) => boolean) => values.filter(test).length / values.length;
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(170);
    expect(share((v) => v >= 70 && v <= 180)).toBeGreaterThan(0.6);
    // Rare but present lows and highs.
    expect(share((v) => v < 70)).toBeGreaterThan(0.001);
    expect(share((v) => v < 70)).toBeLessThan(0.06);
    expect(share((v) => v > 250)).toBeGreaterThan(0);
    expect(share((v) => v > 250)).toBeLessThan(0.05);
    expect(Math.min(...values)).toBeGreaterThan(30);
    expect(Math.max(...values)).toBeLessThan(500);
  });

  it('is smooth: no jump larger than a real sensor could show in one minute', () => {
    for (const seed of [3, 7, 42]) {
      const values = month(seed);
      let steepest = 0;
      for (let i = 1; i < values.length; i += 1) {
        steepest = Math.max(steepest, Math.abs((values[i] as number) - (values[i - 1] as number)));
      }
      expect(steepest).toBeLessThan(6);
    }
  });

  it('reaches below 54 mg/dL somewhere across several wearers', () => {
    const veryLow = [1, 2, 3, 4, 5, 6].some((seed) => month(seed).some((v) => v < 54));
    expect(veryLow).toBe(true);
  });

  it('puts meals at local wall-clock times, also across a DST change', () => {
    const zone = createZoneClock('America/New_York');
    const model = createGlucoseModel(
      createPatientProfile(5, 'dst', { timeZone: 'America/New_York' }).physiology,
      zone,
    );
    // Local day 2026-03-08 (spring forward) and the day before.
    for (const day of [20519, 20520]) {
      const midnight = model.midnightOf(day);
      const localMidnight =
        midnight * 60_000 + zone.offsetMinutes(midnight * 60_000 + 43_200_000) * 60_000;
      expect(new Date(localMidnight).getUTCHours()).toBe(0);
      const events = planDay(
        { seed: 5, baseline: 110, carbRise: 1.2, overshootChance: 0.1 },
        day,
        midnight,
      );
      for (const event of events) {
        const localHour = (event.start - midnight) / 60;
        expect(localHour).toBeGreaterThanOrEqual(1);
        expect(localHour).toBeLessThan(24);
      }
    }
  });
});

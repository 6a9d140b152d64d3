import { describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_TOLERANCE_MINUTES,
  isFutureDated,
  minutesAhead,
} from '../../../../common/glucose/clock-skew';
import {
  SENSOR_HIGHEST_MGDL,
  SENSOR_LOWEST_MGDL,
  isPlausible,
} from '../../../../common/glucose/plausibility';
import {
  newestTrusted,
  readingProblem,
  trustedReadings,
  untrustedLatest,
} from '../../../../common/glucose/reading-trust';
import { MINUTE, T0, reading } from '../../glucose/make-reading';

describe('clock skew', () => {
  it('tolerates five minutes ahead, not a second more', () => {
    expect(CLOCK_SKEW_TOLERANCE_MINUTES).toBe(5);
    expect(isFutureDated(reading(5, 120), T0)).toBe(false);
    expect(isFutureDated({ time: T0 + 5 * MINUTE + 1 }, T0)).toBe(true);
    expect(isFutureDated(reading(-60, 120), T0)).toBe(false);
  });

  it('counts whole minutes ahead, 0 for the past', () => {
    expect(minutesAhead(reading(12.5, 120), T0)).toBe(12);
    expect(minutesAhead(reading(-3, 120), T0)).toBe(0);
  });
});

describe('plausibility', () => {
  it('accepts 40–500 mg/dL without a sensor limit', () => {
    expect(SENSOR_LOWEST_MGDL).toBe(40);
    expect(SENSOR_HIGHEST_MGDL).toBe(500);
    for (const mgdl of [40, 41, 120, 499, 500]) expect(isPlausible(reading(0, mgdl))).toBe(true);
  });

  it.each([0, 39, 501, 65_536, 1e9, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s mg/dL without HI/LO',
    (mgdl) => {
      expect(isPlausible(reading(0, mgdl))).toBe(false);
    },
  );

  it('trusts the sensor’s HI and LO flags whatever number rides along', () => {
    expect(isPlausible(reading(0, 501, { sensorLimit: 'HI' }))).toBe(true);
    expect(isPlausible(reading(0, 39, { sensorLimit: 'LO' }))).toBe(true);
    expect(isPlausible(reading(0, Number.NaN, { sensorLimit: 'HI' }))).toBe(false);
  });
});

describe('reading trust', () => {
  it('names the problem, implausible first', () => {
    expect(readingProblem(reading(0, 120), T0)).toBeNull();
    expect(readingProblem(reading(30, 120), T0)).toBe('futureDated');
    expect(readingProblem(reading(30, 0), T0)).toBe('implausible');
    expect(readingProblem({ ...reading(0, 120), time: Number.NaN }, T0)).toBe('implausible');
  });

  it('keeps only trusted readings, in order', () => {
    const kept = trustedReadings(
      [reading(-2, 110), reading(-1, 65_536), reading(0, 120), reading(30, 130)],
      T0,
    );
    expect(kept.map((r) => r.mgdl)).toEqual([110, 120]);
  });
});

describe('choosing what to show', () => {
  it('shows the newest trusted reading: a future or impossible one never hides newer ones', () => {
    const live = reading(0, 120);
    expect(newestTrusted([reading(60, 250), reading(-1, 110), live], T0)).toBe(live);
    expect(newestTrusted([reading(1, 0), live], T0)).toBe(live);
    expect(newestTrusted([reading(60, 250)], T0)).toBeNull();
  });

  it('prefers the first of two readings with the same time (the live one, with its trend)', () => {
    const live = reading(0, 120, { trend: 'rising' });
    expect(newestTrusted([live, reading(0, 120, { trend: 'unknown' })], T0)).toBe(live);
  });

  it('explains an untrusted newest reading only while nothing as new is shown', () => {
    const future = reading(20, 250);
    expect(untrustedLatest(future, reading(-1, 110), T0)).toBe('futureDated');
    expect(untrustedLatest(reading(0, 0), null, T0)).toBe('implausible');
    expect(untrustedLatest(reading(-1, 0), reading(0, 120), T0)).toBeNull();
    expect(untrustedLatest(reading(0, 120), reading(0, 120), T0)).toBeNull();
    expect(untrustedLatest(null, null, T0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STALE_AFTER_MINUTES,
  ageSeconds,
  formatAge,
  isStale,
} from '../../../../common/glucose/staleness';
import { MINUTE, T0, reading } from '../../glucose/make-reading';

describe('ageSeconds', () => {
  it('counts whole seconds since the sensor time', () => {
    expect(ageSeconds(reading(0, 100), T0 + 90_000)).toBe(90);
    expect(ageSeconds(reading(0, 100), T0 + 59_999)).toBe(59);
    expect(ageSeconds(reading(0, 100), T0)).toBe(0);
  });

  it('is 0, never negative, for a reading from the future (clock skew)', () => {
    expect(ageSeconds(reading(3, 100), T0)).toBe(0);
  });
});

describe('isStale', () => {
  it('defaults to 10 minutes', () => {
    expect(DEFAULT_STALE_AFTER_MINUTES).toBe(10);
    expect(isStale(reading(0, 100), T0 + 10 * MINUTE)).toBe(false);
    expect(isStale(reading(0, 100), T0 + 10 * MINUTE + 1)).toBe(true);
  });

  it('uses the given limit', () => {
    expect(isStale(reading(0, 100), T0 + 5 * MINUTE, 5)).toBe(false);
    expect(isStale(reading(0, 100), T0 + 6 * MINUTE, 5)).toBe(true);
    expect(isStale(reading(0, 100), T0 + 6 * MINUTE, 15)).toBe(false);
  });

  it('never calls a reading from the future stale', () => {
    expect(isStale(reading(30, 100), T0, 10)).toBe(false);
  });
});

describe('formatAge', () => {
  it.each([
    [0, 'just now'],
    [59, 'just now'],
    [59.9, 'just now'],
    [60, '1 min ago'],
    [119, '1 min ago'],
    [840, '14 min ago'],
    [3599, '59 min ago'],
    [3600, '1 h ago'],
    [7500, '2 h 5 min ago'],
    [86_399, '23 h 59 min ago'],
    [86_400, '1 d ago'],
    [3 * 86_400 + 5000, '3 d ago'],
    [-5, 'just now'],
    [Number.NaN, 'age unknown'],
  ])('%d s is "%s"', (seconds, text) => {
    expect(formatAge(seconds)).toBe(text);
  });
});

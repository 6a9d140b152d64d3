import { describe, expect, it } from 'vitest';
import {
  createZoneClock,
  formatLluTimestamp,
  isValidTimeZone,
  parseLluTimestamp,
} from '../../../main/simulator/time-format';

describe('LibreLinkUp timestamp text', () => {
  it.each([
    [Date.UTC(2025, 9, 9, 7, 42, 10), '10/9/2025 7:42:10 AM'],
    [Date.UTC(2025, 9, 8, 19, 45, 11), '10/8/2025 7:45:11 PM'],
    [Date.UTC(2026, 0, 1, 0, 0, 5), '1/1/2026 12:00:05 AM'],
    [Date.UTC(2026, 11, 31, 12, 30, 0), '12/31/2026 12:30:00 PM'],
  ])('formats %d as %s and reads it back', (ms, expected) => {
    expect(formatLluTimestamp(ms)).toBe(expected);
    expect(parseLluTimestamp(expected)).toBe(ms);
  });

  it('drops milliseconds and rejects other formats', () => {
    expect(formatLluTimestamp(Date.UTC(2026, 1, 3, 4, 5, 6, 999))).toBe('2/3/2026 4:05:06 AM');
    expect(parseLluTimestamp('2026-02-03T04:05:06Z')).toBeNull();
  });
});

describe('wearer zone clock', () => {
  it('follows the Berlin spring-forward change at 01:00 UTC', () => {
    const berlin = createZoneClock('Europe/Berlin');
    const change = Date.UTC(2026, 2, 29, 1, 0, 0);
    expect(berlin.offsetMinutes(change - 60_000)).toBe(60);
    expect(berlin.offsetMinutes(change)).toBe(120);
    expect(berlin.localTimestamp(change - 1_000)).toBe('3/29/2026 1:59:59 AM');
    expect(berlin.localTimestamp(change)).toBe('3/29/2026 3:00:00 AM');
  });

  it('follows the New York fall-back change, repeating the 1 AM hour', () => {
    const newYork = createZoneClock('America/New_York');
    const change = Date.UTC(2026, 10, 1, 6, 0, 0);
    expect(newYork.localTimestamp(change - 1_000)).toBe('11/1/2026 1:59:59 AM');
    expect(newYork.localTimestamp(change)).toBe('11/1/2026 1:00:00 AM');
    expect(newYork.offsetMinutes(change)).toBe(-300);
  });

  it('gives London +0 in winter and +1 h in summer', () => {
    const london = createZoneClock('Europe/London');
    expect(london.offsetMinutes(Date.UTC(2026, 0, 15))).toBe(0);
    expect(london.offsetMinutes(Date.UTC(2026, 6, 15))).toBe(60);
  });

  it('knows valid zone names from invalid ones', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

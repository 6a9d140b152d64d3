import { afterEach, describe, expect, it } from 'vitest';
import { offsetMinutes, parseLluTimestamp } from '../../../main/core/llu/timestamps';

const ORIGINAL_TZ = process.env.TZ;

afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('parseLluTimestamp', () => {
  it('reads M/D/YYYY h:mm:ss AM|PM as UTC', () => {
    expect(parseLluTimestamp('10/9/2025 7:42:10 AM')).toBe(Date.UTC(2025, 9, 9, 7, 42, 10));
    expect(parseLluTimestamp('10/8/2025 7:45:11 PM')).toBe(Date.UTC(2025, 9, 8, 19, 45, 11));
    expect(parseLluTimestamp('01/02/2026 09:05:00 pm')).toBe(Date.UTC(2026, 0, 2, 21, 5, 0));
  });

  it('handles the 12 o’clock edges of the 12-hour clock', () => {
    expect(parseLluTimestamp('1/1/2025 12:00:00 AM')).toBe(Date.UTC(2025, 0, 1, 0, 0, 0));
    expect(parseLluTimestamp('1/1/2025 12:30:00 PM')).toBe(Date.UTC(2025, 0, 1, 12, 30, 0));
    expect(parseLluTimestamp('12/31/2025 11:59:59 PM')).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
  });

  it('rejects malformed and impossible timestamps', () => {
    for (const bad of [
      '',
      '2025-10-09T07:42:10Z',
      '10/9/2025 7:42 AM',
      '10/9/2025 13:42:10 PM',
      '10/9/2025 0:42:10 AM',
      '2/30/2025 1:00:00 AM',
      '13/1/2025 1:00:00 AM',
      '10/9/2025 7:60:10 AM',
      '10/9/2025 7:42:10',
    ]) {
      expect(parseLluTimestamp(bad), bad).toBeNull();
    }
  });

  it('gives the same instant whatever the host time zone is', () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];
    const offsets = new Set<number>();
    for (const zone of zones) {
      process.env.TZ = zone;
      // Proves the zone really changed for Date in this process.
      offsets.add(new Date(2025, 0, 15, 12).getTimezoneOffset());
      expect(parseLluTimestamp('1/15/2025 12:00:00 PM'), zone).toBe(
        Date.UTC(2025, 0, 15, 12, 0, 0),
      );
      expect(parseLluTimestamp('3/30/2025 2:30:00 AM'), zone).toBe(Date.UTC(2025, 2, 30, 2, 30, 0));
    }
    expect(offsets.size).toBe(zones.length);
  });
});

describe('offsetMinutes', () => {
  const utc = Date.UTC(2025, 9, 9, 7, 42, 10);

  it('is Timestamp minus FactoryTimestamp, rounded to 15 minutes', () => {
    expect(offsetMinutes(utc, utc + 2 * 3_600_000)).toBe(120);
    expect(offsetMinutes(utc, utc + 5.5 * 3_600_000 + 40_000)).toBe(330);
    expect(offsetMinutes(utc, utc + 13.75 * 3_600_000 - 20_000)).toBe(825);
    expect(offsetMinutes(utc, utc - 8 * 3_600_000 + 1000)).toBe(-480);
    expect(offsetMinutes(utc, utc + 20_000)).toBe(0);
  });

  it('is null without a usable Timestamp', () => {
    expect(offsetMinutes(utc, null)).toBeNull();
    expect(offsetMinutes(utc, utc + 20 * 3_600_000)).toBeNull();
  });
});

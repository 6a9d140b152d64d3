import { describe, expect, it } from 'vitest';
import { isWithinQuietHours, parseClockMinutes } from '../../../main/core/alarms';

const q = (start: string, end: string, enabled = true) => ({ enabled, start, end });
const hm = (h: number, m: number) => h * 60 + m;

describe('parseClockMinutes', () => {
  it.each([
    ['00:00', 0],
    ['7:05', 425],
    ['22:00', 1320],
    ['23:59', 1439],
    [' 06:30 ', 390],
    ['24:00', null],
    ['12:60', null],
    ['noon', null],
    ['', null],
  ])('%s → %s', (text, minutes) => {
    expect(parseClockMinutes(text)).toBe(minutes);
  });
});

describe('isWithinQuietHours', () => {
  it('handles a window over midnight, start included and end excluded', () => {
    const night = q('22:00', '07:00');
    expect(isWithinQuietHours(night, hm(21, 59))).toBe(false);
    expect(isWithinQuietHours(night, hm(22, 0))).toBe(true);
    expect(isWithinQuietHours(night, hm(0, 0))).toBe(true);
    expect(isWithinQuietHours(night, hm(6, 59))).toBe(true);
    expect(isWithinQuietHours(night, hm(7, 0))).toBe(false);
    expect(isWithinQuietHours(night, hm(12, 0))).toBe(false);
  });

  it('handles a window within one day', () => {
    const afternoon = q('13:00', '15:30');
    expect(isWithinQuietHours(afternoon, hm(12, 59))).toBe(false);
    expect(isWithinQuietHours(afternoon, hm(13, 0))).toBe(true);
    expect(isWithinQuietHours(afternoon, hm(15, 29))).toBe(true);
    expect(isWithinQuietHours(afternoon, hm(15, 30))).toBe(false);
  });

  it('is never quiet when disabled, empty (start = end) or malformed', () => {
    expect(isWithinQuietHours(q('22:00', '07:00', false), hm(23, 0))).toBe(false);
    expect(isWithinQuietHours(q('08:00', '08:00'), hm(8, 0))).toBe(false);
    expect(isWithinQuietHours(q('8 pm', '07:00'), hm(23, 0))).toBe(false);
    expect(isWithinQuietHours(q('22:00', '07:00'), Number.NaN)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { URGENT_LOW_REMINDER_MINUTES } from '../../../main/core/alarms';
import { createDriver, kinds } from './driver';

describe('urgent low reminders', () => {
  it('an urgent low that lasts is announced again every 15 minutes', () => {
    const driver = createDriver();
    const notices: number[] = [];
    for (let minute = 0; minute <= 40; minute += 1) {
      if (kinds(driver.feed(minute, 50)).includes('urgentLow')) notices.push(minute);
    }
    expect(URGENT_LOW_REMINDER_MINUTES).toBe(15);
    expect(notices).toEqual([0, 15, 30]);
  });

  it('a snoozed urgent low is not reminded while the snooze lasts', () => {
    const driver = createDriver();
    driver.feed(0, 50);
    driver.snooze('urgentLow', 30);
    const notices: number[] = [];
    for (let minute = 1; minute <= 29; minute += 1) {
      if (kinds(driver.feed(minute, 50)).includes('urgentLow')) notices.push(minute);
    }
    expect(notices).toEqual([]);
  });

  it('other alarms are not repeated', () => {
    const driver = createDriver();
    const notices: number[] = [];
    for (let minute = 0; minute <= 40; minute += 1) {
      if (kinds(driver.feed(minute, 65)).includes('low')) notices.push(minute);
    }
    expect(notices).toEqual([0]);
  });
});

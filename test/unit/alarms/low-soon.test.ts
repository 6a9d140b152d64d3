// Urgent low soon: a 20-minute straight-line projection to the urgent-low level, notified as its
// own alarm kind under urgent low's rules (quiet hours and pause do not hold it back, its own
// snooze does), and always worded as a projection.
import { describe, expect, it } from 'vitest';
import { projectedMgdl, urgentLowSoon } from '../../../main/core/alarms';
import { activeKinds, createDriver, kinds } from './driver';

describe('the projection', () => {
  it('projects 20 minutes ahead at the current rate', () => {
    expect(projectedMgdl(100, -2)).toBe(60);
    expect(projectedMgdl(80, 0.5)).toBe(90);
  });

  it('holds when a falling value will reach the level within 20 minutes', () => {
    expect(urgentLowSoon(75, -1, 55)).toBe(true); // 75 − 20 = 55: reached
    expect(urgentLowSoon(76, -1, 55)).toBe(false); // 56: not reached
    expect(urgentLowSoon(95, -2.5, 55)).toBe(true);
  });

  it('never holds for a rising, flat or unknown rate, or at/below the level (urgent low then)', () => {
    expect(urgentLowSoon(60, 0, 55)).toBe(false);
    expect(urgentLowSoon(60, 1, 55)).toBe(false);
    expect(urgentLowSoon(60, null, 55)).toBe(false);
    expect(urgentLowSoon(60, Number.NaN, 55)).toBe(false);
    expect(urgentLowSoon(60, Number.NEGATIVE_INFINITY, 55)).toBe(false);
    expect(urgentLowSoon(55, -3, 55)).toBe(false);
  });
});

describe('the alarm', () => {
  it('is notified as its own kind, critical, saying it is a projection', () => {
    const driver = createDriver();
    const result = driver.feed(0, 90, { deltaRatePerMinute: -1.9 });
    expect(kinds(result)).toEqual(['urgentLowSoon']);
    const notice = result.notify[0]!;
    expect(notice.urgency).toBe('critical');
    expect(notice.title).toBe('Urgent low soon (projected)');
    expect(notice.body).toBe(
      'Glucose is 90 mg/dL and falling by about 1.9 mg/dL a minute. If it keeps falling like ' +
        'this, it reaches the urgent low level of 55 mg/dL within 20 minutes. This is a ' +
        'projection, not a measurement.',
    );
  });

  it('follows the urgent-low level and switch: off with urgent low, and at its threshold', () => {
    const alarms = {
      urgentLow: { enabled: false, threshold: 55 },
      low: { enabled: true, threshold: 70 },
      high: { enabled: true, threshold: 250 },
      rapidFall: { enabled: false, threshold: 2 },
      rapidRise: { enabled: false, threshold: 2 },
      noData: { enabled: true, threshold: 20 },
    };
    expect(
      activeKinds(createDriver({ settings: alarms }).feed(0, 90, { deltaRatePerMinute: -1.9 })),
    ).toEqual([]);
    const higher = { ...alarms, urgentLow: { enabled: true, threshold: 65 } };
    // 90 − 1.3 × 20 = 64: at a 65 level that is soon urgent, at 55 it is not.
    expect(
      activeKinds(createDriver({ settings: higher }).feed(0, 90, { deltaRatePerMinute: -1.3 })),
    ).toEqual(['urgentLowSoon']);
    expect(activeKinds(createDriver().feed(0, 90, { deltaRatePerMinute: -1.3 }))).toEqual([]);
  });

  it('is not held back by quiet hours or a pause, but by its own snooze', () => {
    const quiet = { enabled: true, start: '00:00', end: '23:59' };
    const duringQuiet = createDriver({ quietHours: quiet }).feed(0, 90, {
      deltaRatePerMinute: -1.9,
    });
    expect(kinds(duringQuiet)).toEqual(['urgentLowSoon']);
    const paused = createDriver().feed(0, 90, {
      deltaRatePerMinute: -1.9,
      pausedUntil: Date.now() * 2,
    });
    expect(kinds(paused)).toEqual(['urgentLowSoon']);

    const driver = createDriver();
    driver.feed(0, 95);
    driver.snooze('urgentLowSoon', 30);
    const snoozed = driver.feed(1, 90, { deltaRatePerMinute: -1.9 });
    expect(kinds(snoozed)).toEqual([]);
    expect(activeKinds(snoozed)).toEqual(['urgentLowSoon']);
    // Falling 10 mg/dL below the value at the snooze cancels it, as for low and urgent low.
    expect(kinds(driver.feed(2, 85, { deltaRatePerMinute: -1.9 }))).toEqual(['urgentLowSoon']);
  });

  it('folds into urgent low once that holds, and needs a current reading', () => {
    const driver = createDriver();
    driver.feed(0, 80, { deltaRatePerMinute: -1.9 });
    const urgent = driver.feed(1, 54, { deltaRatePerMinute: -1.9 });
    expect(activeKinds(urgent)).toContain('urgentLow');
    expect(activeKinds(urgent)).not.toContain('urgentLowSoon');
    const stale = createDriver().feed(0, 90, { deltaRatePerMinute: -1.9, stale: true });
    expect(activeKinds(stale)).toEqual([]);
  });
});

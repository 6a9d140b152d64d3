import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../preload/contract';
import {
  defaultSettings,
  patchSchemaMatchesContract,
  settingsSchema,
  settingsSchemaMatchesContract,
} from '../../../main/core/settings/schema';

describe('settings schema', () => {
  it('accepts its own defaults and they are the documented ones', () => {
    const defaults = defaultSettings();
    expect(settingsSchema.parse(defaults)).toEqual(defaults);
    expect(defaults.units).toBe('mg/dL');
    expect(defaults.alarms).toEqual({
      urgentLow: { enabled: true, threshold: 55 },
      low: { enabled: true, threshold: 70 },
      high: { enabled: true, threshold: 250 },
      rapidFall: { enabled: false, threshold: 2 },
      rapidRise: { enabled: false, threshold: 2 },
      noData: { enabled: true, threshold: 20 },
    });
    expect(defaults.quietHours).toEqual({ enabled: false, start: '22:00', end: '07:00' });
    expect(defaults.staleAfterMinutes).toBe(10);
    expect([defaults.launchAtLogin, defaults.keepPopoverPinned, defaults.privacyMode]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('hands out independent copies of the defaults', () => {
    const a = defaultSettings();
    a.alarms.low.threshold = 99;
    expect(defaultSettings().alarms.low.threshold).toBe(70);
  });

  it('stays equal to the contract types (compile-time guard)', () => {
    expect(settingsSchemaMatchesContract).toBe(true);
    expect(patchSchemaMatchesContract).toBe(true);
  });

  const cases: [string, (s: Settings) => void][] = [
    ['urgent low above low', (s) => void (s.alarms.urgentLow.threshold = 75)],
    [
      'low above high',
      (s) => {
        s.alarms.low.threshold = 150;
        s.alarms.high.threshold = 140;
      },
    ],
    ['quiet hours of zero length', (s) => void (s.quietHours.end = '22:00')],
    ['a malformed time', (s) => void (s.quietHours.start = '7:00')],
    ['hour 24', (s) => void (s.quietHours.start = '24:00')],
    ['a fractional stale limit', (s) => void (s.staleAfterMinutes = 10.5)],
    ['a stale limit of an hour', (s) => void (s.staleAfterMinutes = 60)],
    ['a high alarm beyond the sensor range', (s) => void (s.alarms.high.threshold = 600)],
    ['an unknown unit', (s) => void ((s as { units: string }).units = 'mgdl')],
  ];

  it.each(cases)('refuses %s', (_label, mutate) => {
    const settings = defaultSettings();
    mutate(settings);
    expect(settingsSchema.safeParse(settings).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultAlarmSettings, resolveThresholds } from '../../../main/core/alarms';
import { allOn } from './driver';

describe('defaultAlarmSettings', () => {
  it('without LibreLinkUp levels: 55 / 70 / 250, rapid 2 (off), no data 20 min', () => {
    expect(defaultAlarmSettings(null)).toEqual({
      urgentLow: { enabled: true, threshold: 55 },
      low: { enabled: true, threshold: 70 },
      high: { enabled: true, threshold: 250 },
      rapidFall: { enabled: false, threshold: 2 },
      rapidRise: { enabled: false, threshold: 2 },
      noData: { enabled: true, threshold: 20 },
    });
  });

  it("follows the patient's LibreLinkUp alarm levels", () => {
    const s = defaultAlarmSettings({
      targets: { lowMgdl: 80, highMgdl: 160 },
      alarmLevels: { lowMgdl: 75, highMgdl: 240, urgentLowMgdl: 60 },
    });
    expect(s.urgentLow.threshold).toBe(60);
    expect(s.low.threshold).toBe(75);
    expect(s.high.threshold).toBe(240);
  });

  it('falls back to the target low for low, but never to the target high for high', () => {
    const s = defaultAlarmSettings({
      targets: { lowMgdl: 80, highMgdl: 160 },
      alarmLevels: { lowMgdl: null, highMgdl: null, urgentLowMgdl: null },
    });
    expect(s.low.threshold).toBe(80);
    expect(s.high.threshold).toBe(250);
    expect(s.urgentLow.threshold).toBe(55);
  });

  it('ignores implausible levels', () => {
    const s = defaultAlarmSettings({
      targets: { lowMgdl: 0, highMgdl: 180 },
      alarmLevels: { lowMgdl: -1, highMgdl: 9999, urgentLowMgdl: Number.NaN },
    });
    expect(s.low.threshold).toBe(70);
    expect(s.high.threshold).toBe(250);
    expect(s.urgentLow.threshold).toBe(55);
  });
});

describe('resolveThresholds', () => {
  it('uses the settings as given', () => {
    const settings = allOn();
    settings.low.threshold = 80;
    settings.rapidFall.threshold = 3;
    expect(resolveThresholds(settings, null)).toEqual({
      urgentLow: 55,
      urgentLowSoon: 55,
      low: 80,
      high: 250,
      rapidFall: 3,
      rapidRise: 2,
      noData: 20,
    });
  });

  it('replaces unusable values by the patient defaults instead of disabling the alarm', () => {
    const settings = allOn();
    settings.urgentLow.threshold = Number.NaN;
    settings.low.threshold = 0;
    settings.noData.threshold = -5;
    settings.rapidRise.threshold = -3; // a rate is a magnitude
    const levels = {
      targets: null,
      alarmLevels: { lowMgdl: 72, highMgdl: null, urgentLowMgdl: null },
    };
    const t = resolveThresholds(settings, levels);
    expect(t.urgentLow).toBe(55);
    expect(t.low).toBe(72);
    expect(t.noData).toBe(20);
    expect(t.rapidRise).toBe(3);
  });
});

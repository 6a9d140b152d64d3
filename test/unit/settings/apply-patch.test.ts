import { describe, expect, it } from 'vitest';
import type { SettingsPatch } from '../../../preload/contract';
import { applySettingsPatch } from '../../../main/core/settings/apply-patch';
import { defaultSettings } from '../../../main/core/settings/schema';

describe('applySettingsPatch', () => {
  it('merges nested objects key by key and keeps everything else', () => {
    const before = defaultSettings();
    const result = applySettingsPatch(before, {
      quietHours: { enabled: true },
      alarms: { high: { enabled: true, threshold: 180 } },
      privacyMode: true,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.changed).toBe(true);
    expect(result.settings).toEqual({
      ...before,
      privacyMode: true,
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
      alarms: { ...before.alarms, high: { enabled: true, threshold: 180 } },
    });
  });

  it('never mutates its inputs and shares no objects with them', () => {
    const before = defaultSettings();
    const snapshot = structuredClone(before);
    const patch: SettingsPatch = { alarms: { low: { enabled: false, threshold: 80 } } };
    const result = applySettingsPatch(before, patch);
    if (!result.ok) throw new Error(result.message);
    expect(before).toEqual(snapshot);
    expect(result.settings.alarms).not.toBe(before.alarms);
    expect(result.settings.alarms.low).not.toBe(patch.alarms?.low);
    expect(result.settings.quietHours).not.toBe(before.quietHours);
  });

  it('reports an unchanged result for an empty or identical patch', () => {
    const before = defaultSettings();
    expect(applySettingsPatch(before, {})).toMatchObject({ ok: true, changed: false });
    expect(applySettingsPatch(before, { units: 'mg/dL' })).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(applySettingsPatch(before, { units: 'both' })).toMatchObject({
      ok: true,
      changed: true,
    });
  });

  it('checks cross-field rules against the merged result', () => {
    const before = defaultSettings();
    const result = applySettingsPatch(before, {
      alarms: { low: { enabled: true, threshold: 50 } },
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('urgentLow') });
    const fine = applySettingsPatch(before, {
      alarms: {
        low: { enabled: true, threshold: 50 },
        urgentLow: { enabled: true, threshold: 45 },
      },
    });
    expect(fine.ok).toBe(true);
  });

  it('refuses patches with unknown keys or out-of-range values', () => {
    const before = defaultSettings();
    expect(applySettingsPatch(before, { bogus: 1 } as never).ok).toBe(false);
    expect(applySettingsPatch(before, { staleAfterMinutes: 1 }).ok).toBe(false);
    expect(applySettingsPatch(before, { quietHours: { start: '25:00' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('quietHours.start'),
    });
    expect(applySettingsPatch(before, JSON.parse('{"__proto__":{"privacyMode":true}}')).ok).toBe(
      false,
    );
  });

  it('can clear the selected patient with null', () => {
    const before = { ...defaultSettings(), selectedPatientId: 'p1' };
    const result = applySettingsPatch(before, { selectedPatientId: null });
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      settings: { selectedPatientId: null },
    });
  });
});

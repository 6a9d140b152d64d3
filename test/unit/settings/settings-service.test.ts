import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ENGLISH_WORDS } from '../../../common/i18n/translate';
import type { Notice } from '../../../main/core/app/notice';
import { silentLogger } from '../../../main/core/ports';
import { noticeText } from '../../../main/core/snapshot/notice-words';
import { defaultSettings } from '../../../main/core/settings/schema';
import { SETTINGS_VERSION } from '../../../main/core/settings/migrate';
import { createSettingsService, SettingsError } from '../../../main/core/settings/settings-service';
import { memorySettingsStore } from './memory-settings-store';

const english = (notice: Notice): string => noticeText(notice, ENGLISH_WORDS);
const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8');

describe('settings service: load', () => {
  it('starts from defaults without a notice when there is no file', async () => {
    const store = memorySettingsStore();
    const service = createSettingsService(store, silentLogger);
    expect(await service.load()).toEqual({ settings: defaultSettings(), notice: null });
    expect(service.get()).toEqual(defaultSettings());
    expect(store.writes).toBe(0);
  });

  it('loads a current file as it is', async () => {
    const store = memorySettingsStore(fixtureText('v5-current.json'));
    const service = createSettingsService(store, silentLogger);
    const { settings, notice } = await service.load();
    expect(notice).toBeNull();
    expect(settings.units).toBe('mmol/L');
    expect(settings.quietHours).toEqual({ enabled: true, start: '23:30', end: '06:45' });
  });

  it('migrates a v1 file and saves it in the current format', async () => {
    const store = memorySettingsStore(fixtureText('v1-full.json'));
    const service = createSettingsService(store, silentLogger);
    const { settings, notice } = await service.load();
    expect(notice).toBeNull();
    expect(settings.units).toBe('mmol/L');
    expect(JSON.parse(store.text ?? '{}')).toMatchObject({
      version: SETTINGS_VERSION,
      unitsSource: 'user',
    });
  });

  it.each([
    ['unparseable JSON', fixtureText('truncated.json.txt')],
    ['an invalid document', fixtureText('v1-bad-unit.json')],
    ['a document with out-of-range values', fixtureText('v1-out-of-range.json')],
    ['a JSON array', '[1,2,3]'],
  ])('backs up %s, resets to defaults and says so', async (_label, text) => {
    const store = memorySettingsStore(text);
    const service = createSettingsService(store, silentLogger);
    const { settings, notice } = await service.load();
    expect(settings).toEqual(defaultSettings());
    const backups = [...store.backups];
    expect(backups).toHaveLength(1);
    const [where, copy] = backups[0] ?? [];
    expect(copy).toBe(text);
    expect(notice && english(notice)).toBe(
      `Your settings file was damaged and has been reset; a copy was kept at ${where}.`,
    );
    expect(JSON.parse(store.text ?? 'null')).toMatchObject({
      version: SETTINGS_VERSION,
      settings: defaultSettings(),
    });
  });

  it('backs up a file from a newer version and explains the reset', async () => {
    const text = fixtureText('v6-future.json');
    const store = memorySettingsStore(text);
    const { settings, notice } = await createSettingsService(store, silentLogger).load();
    expect(settings).toEqual(defaultSettings());
    expect([...store.backups.values()]).toEqual([text]);
    expect(notice && english(notice)).toMatch(
      /newer version of Glucobar.*a copy was kept at \/config\/settings\.json\.damaged-1/,
    );
  });

  it('never overwrites a damaged file it could not back up, and keeps changes in memory', async () => {
    const store = memorySettingsStore('{ not json');
    store.failBackup = true;
    const service = createSettingsService(store, silentLogger);
    const { settings, notice } = await service.load();
    expect(settings).toEqual(defaultSettings());
    expect(notice && english(notice)).toMatch(/will not overwrite/);
    await service.update({ privacyMode: true });
    expect(service.get().privacyMode).toBe(true);
    expect(store.text).toBe('{ not json');
  });

  it('survives a store that fails to read at all', async () => {
    const store = memorySettingsStore();
    store.read = async () => {
      throw new Error('EIO');
    };
    store.failBackup = true;
    const result = await createSettingsService(store, silentLogger).load();
    expect(result.settings).toEqual(defaultSettings());
    expect(result.notice).not.toBeNull();
  });

  it('loads once even when asked twice', async () => {
    const store = memorySettingsStore(fixtureText('v1-full.json'));
    const read = vi.spyOn(store, 'read');
    const service = createSettingsService(store, silentLogger);
    const [a, b] = await Promise.all([service.load(), service.load()]);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('refuses get() before load', () => {
    expect(() => createSettingsService(memorySettingsStore(), silentLogger).get()).toThrow();
  });
});

describe('settings service: update', () => {
  it('validates, saves, notifies and returns the new settings', async () => {
    const store = memorySettingsStore();
    const service = createSettingsService(store, silentLogger);
    await service.load();
    const seen: unknown[] = [];
    service.onChange((s) => seen.push(s));
    const next = await service.update({ alarms: { high: { enabled: true, threshold: 180 } } });
    expect(next.alarms.high).toEqual({ enabled: true, threshold: 180 });
    expect(service.get()).toEqual(next);
    expect(seen).toEqual([next]);
    expect(JSON.parse(store.text ?? '{}').settings.alarms.high.threshold).toBe(180);
  });

  it('throws invalid_request for a bad patch and changes nothing', async () => {
    const store = memorySettingsStore();
    const service = createSettingsService(store, silentLogger);
    await service.load();
    const listener = vi.fn();
    service.onChange(listener);
    const error = await service
      .update({ alarms: { urgentLow: { enabled: true, threshold: 80 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(service.get()).toEqual(defaultSettings());
    expect(listener).not.toHaveBeenCalled();
    expect(store.writes).toBe(0);
  });

  it('throws storage_failed when the file cannot be written and keeps the old settings', async () => {
    const store = memorySettingsStore();
    const service = createSettingsService(store, silentLogger);
    await service.load();
    store.failWrites = true;
    await expect(service.update({ privacyMode: true })).rejects.toMatchObject({
      code: 'storage_failed',
    });
    expect(service.get().privacyMode).toBe(false);
  });

  it('applies quick successive updates in order without losing one', async () => {
    const service = createSettingsService(memorySettingsStore(), silentLogger);
    await Promise.all([
      service.update({ privacyMode: true }),
      service.update({ quietHours: { enabled: true } }),
      service.update({ staleAfterMinutes: 15 }),
    ]);
    expect(service.get()).toMatchObject({
      privacyMode: true,
      quietHours: { enabled: true },
      staleAfterMinutes: 15,
    });
  });

  it('does not write or notify when nothing changed', async () => {
    const store = memorySettingsStore(fixtureText('v5-current.json'));
    const service = createSettingsService(store, silentLogger);
    await service.load();
    const listener = vi.fn();
    service.onChange(listener);
    await service.update({ privacyMode: true });
    expect(store.writes).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });

  it('hands out frozen settings, so callers cannot change them behind its back', async () => {
    const service = createSettingsService(memorySettingsStore(), silentLogger);
    const { settings } = await service.load();
    expect(() => {
      settings.alarms.low.threshold = 10;
    }).toThrow(TypeError);
    expect(service.get().alarms.low.threshold).toBe(70);
  });

  it('stops notifying after unsubscribe and survives a throwing listener', async () => {
    const service = createSettingsService(memorySettingsStore(), silentLogger);
    await service.load();
    const off = service.onChange(() => {
      throw new Error('listener bug');
    });
    await expect(service.update({ privacyMode: true })).resolves.toMatchObject({
      privacyMode: true,
    });
    off();
    const listener = vi.fn();
    service.onChange(listener);
    await service.update({ privacyMode: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('settings service: units follow the patient until the person chooses', () => {
  it('adopts the patient unit while the units are still the default', async () => {
    const store = memorySettingsStore();
    const service = createSettingsService(store, silentLogger);
    await service.load();
    expect(await service.adoptPatientUnits('mmol/L')).toBe(true);
    expect(service.get().units).toBe('mmol/L');
    expect(await service.adoptPatientUnits('mmol/L')).toBe(false);
    expect(await service.adoptPatientUnits('mg/dL')).toBe(true);
    expect(JSON.parse(store.text ?? '{}').unitsSource).toBe('patient');
  });

  it('never overrides a unit the person chose', async () => {
    const service = createSettingsService(memorySettingsStore(), silentLogger);
    await service.load();
    await service.update({ units: 'mg/dL' });
    expect(await service.adoptPatientUnits('mmol/L')).toBe(false);
    expect(service.get().units).toBe('mg/dL');
  });

  it('remembers the choice across restarts', async () => {
    const store = memorySettingsStore();
    const first = createSettingsService(store, silentLogger);
    await first.load();
    await first.update({ units: 'both' });
    const second = createSettingsService(store, silentLogger);
    await second.load();
    expect(await second.adoptPatientUnits('mmol/L')).toBe(false);
    expect(second.get().units).toBe('both');
  });
});

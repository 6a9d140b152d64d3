import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultDocument,
  migrateSettingsDocument,
  SETTINGS_VERSION,
} from '../../../main/core/settings/migrate';
import { defaultSettings } from '../../../main/core/settings/schema';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8'));

describe('migrateSettingsDocument', () => {
  it('treats a missing or empty document as empty', () => {
    expect(migrateSettingsDocument(undefined)).toEqual({ kind: 'empty' });
    expect(migrateSettingsDocument({})).toEqual({ kind: 'empty' });
  });

  it('accepts a current document as it is', () => {
    const outcome = migrateSettingsDocument(fixture('v5-current.json'));
    expect(outcome.kind).toBe('current');
    if (outcome.kind !== 'current') return;
    expect(outcome.document.settings.units).toBe('mmol/L');
    expect(outcome.document.settings.alarms.rapidFall).toEqual({ enabled: true, threshold: 2.5 });
    expect(outcome.document.unitsSource).toBe('user');
    expect(outcome.document.settings.language).toBe('de');
  });

  it('migrates a full v1 document field by field', () => {
    const outcome = migrateSettingsDocument(fixture('v1-full.json'));
    expect(outcome).toMatchObject({ kind: 'migrated', from: 1 });
    if (outcome.kind !== 'migrated') return;
    const defaults = defaultSettings();
    expect(outcome.document).toEqual({
      version: SETTINGS_VERSION,
      unitsSource: 'user',
      settings: {
        ...defaults,
        units: 'mmol/L',
        selectedPatientId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        alarms: {
          ...defaults.alarms,
          urgentLow: { enabled: true, threshold: 54 },
          low: { enabled: true, threshold: 72 },
          high: { enabled: true, threshold: 200 },
        },
        staleAfterMinutes: 15,
        launchAtLogin: true,
        keepPopoverPinned: true,
      },
    });
  });

  it('maps v1 null alarm levels to disabled alarms with default thresholds', () => {
    const outcome = migrateSettingsDocument(fixture('v1-alarms-off.json'));
    if (outcome.kind !== 'migrated') throw new Error(`unexpected ${outcome.kind}`);
    expect(outcome.document.settings.units).toBe('mg/dL');
    expect(outcome.document.settings.alarms.low).toEqual({ enabled: false, threshold: 70 });
    expect(outcome.document.settings.alarms.high).toEqual({ enabled: false, threshold: 250 });
    expect(outcome.document.settings.alarms.urgentLow).toEqual({ enabled: true, threshold: 55 });
  });

  it('fills everything v1 did not have with defaults', () => {
    const outcome = migrateSettingsDocument(fixture('v1-minimal.json'));
    if (outcome.kind !== 'migrated') throw new Error(`unexpected ${outcome.kind}`);
    expect(outcome.document.settings).toEqual({ ...defaultSettings(), units: 'both' });
  });

  it('reports invalid v1 documents instead of guessing', () => {
    expect(migrateSettingsDocument(fixture('v1-bad-unit.json'))).toMatchObject({ kind: 'invalid' });
    const outOfRange = migrateSettingsDocument(fixture('v1-out-of-range.json'));
    expect(outOfRange).toMatchObject({ kind: 'invalid' });
    if (outOfRange.kind === 'invalid') expect(outOfRange.reason).toContain('staleAfterMinutes');
  });

  it('reports a future version without touching it', () => {
    expect(migrateSettingsDocument(fixture('v6-future.json'))).toEqual({
      kind: 'future',
      version: 6,
    });
  });

  it.each([
    ['a number', 42],
    ['an array', [1, 2]],
    ['a string', 'settings'],
    ['no version', { settings: defaultSettings() }],
    ['version 0', { version: 0, settings: {} }],
    ['a fractional version', { version: 1.5, settings: {} }],
    [
      'a current version with a wrong field',
      { ...defaultDocument(), settings: { ...defaultSettings(), units: 'kg' } },
    ],
    [
      'a current version without unitsSource',
      { version: SETTINGS_VERSION, settings: defaultSettings() },
    ],
  ])('reports %s as invalid', (_label, raw) => {
    expect(migrateSettingsDocument(raw).kind).toBe('invalid');
  });
});

describe('version 2 → 3', () => {
  it('adds the key-store opt-in, off, and keeps everything else', () => {
    const v2 = fixture('v2-before-keystore-optin.json') as { settings: Record<string, unknown> };
    const outcome = migrateSettingsDocument(v2);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 2 });
    if (outcome.kind !== 'migrated') return;
    expect(outcome.document.version).toBe(SETTINGS_VERSION);
    expect(outcome.document.settings).toMatchObject({
      ...v2.settings,
      rememberWithoutKeyStore: false,
    });
  });
});

describe('version 3 → 4', () => {
  it('adds a 14-day sensor lifetime and the announced version, and keeps everything else', () => {
    const v3 = fixture('v3-before-sensor-lifetime.json') as {
      settings: Record<string, unknown>;
      unitsSource: string;
    };
    const outcome = migrateSettingsDocument(v3);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 3 });
    if (outcome.kind !== 'migrated') return;
    expect(outcome.document.version).toBe(SETTINGS_VERSION);
    expect(outcome.document.unitsSource).toBe(v3.unitsSource);
    expect(outcome.document.settings).toEqual({
      ...v3.settings,
      sensorLifetimeDays: 14,
      lluClientVersion: '4.17.0',
      language: 'system',
    });
  });

  it('keeps what a v4 file says', () => {
    const outcome = migrateSettingsDocument(fixture('v4-current.json'));
    expect(outcome.kind).toBe('migrated');
    if (outcome.kind !== 'migrated') return;
    expect(outcome.document.settings.sensorLifetimeDays).toBe(15);
    expect(outcome.document.settings.lluClientVersion).toBe('4.18.0');
  });

  it.each([
    ['a 21-day lifetime', { sensorLifetimeDays: 21 }],
    ['a version with letters', { lluClientVersion: '4.17.0-beta' }],
    ['a version with a line break', { lluClientVersion: '4.17\r\nX: y' }],
    ['an empty version', { lluClientVersion: '' }],
  ])('refuses %s', (_label, change) => {
    const v4 = fixture('v4-current.json') as { settings: Record<string, unknown> };
    const outcome = migrateSettingsDocument({ ...v4, settings: { ...v4.settings, ...change } });
    expect(outcome.kind).toBe('invalid');
  });
});

describe('version 4 → 5', () => {
  it('follows the system language and keeps everything else', () => {
    const v4 = fixture('v4-current.json') as {
      settings: Record<string, unknown>;
      unitsSource: string;
    };
    const outcome = migrateSettingsDocument(v4);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 4 });
    if (outcome.kind !== 'migrated') return;
    expect(outcome.document).toEqual({
      version: 5,
      unitsSource: v4.unitsSource,
      settings: { ...v4.settings, language: 'system' },
    });
  });

  it.each([
    ['a language not shipped', { language: 'pl' }],
    ['a region tag', { language: 'de-DE' }],
    ['no language', { language: undefined }],
  ])('refuses a v5 file with %s', (_label, change) => {
    const v5 = fixture('v5-current.json') as { settings: Record<string, unknown> };
    const outcome = migrateSettingsDocument({ ...v5, settings: { ...v5.settings, ...change } });
    expect(outcome.kind).toBe('invalid');
  });
});

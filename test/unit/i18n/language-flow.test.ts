// The language flows one way: settings.language + the OS list → core state → snapshot.locale →
// views. The tray (tooltip, menu) follows the snapshot alone; the popover is checked in
// test/renderer/i18n.test.ts.
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import type { Patient } from '../../../main/core/llu/types';
import { initialState, type CoreState } from '../../../main/core/app/state';
import { reduce } from '../../../main/core/app/reduce';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import { okSession } from '../../../main/core/snapshot/session-view';
import { defaultSettings } from '../../../main/core/settings/schema';
import { trayViewFor } from '../../../main/core/tray/tray-view';
import type { LanguageSetting } from '../../../common/i18n/languages';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const latest: Reading = {
  time: NOW - 60_000,
  mgdl: 131,
  trend: 'rising',
  sensorLimit: null,
  localOffsetMinutes: 60,
  source: 'live',
};
const patient: Patient = {
  id: 'p',
  connectionId: 'cp',
  firstName: 'Ada',
  lastName: 'Example',
  targets: { lowMgdl: 70, highMgdl: 180 },
  units: 'mmol/L',
  sensor: { serial: '0E1', activatedAt: NOW - 3 * 86_400_000, warmupMinutes: 60, productType: 4 },
  latest,
  alarmLevels: { lowMgdl: 70, highMgdl: 250, urgentLowMgdl: 55 },
};

function state(language: LanguageSetting, systemLanguages: string[]): CoreState {
  return {
    ...initialState({
      now: NOW,
      demo: false,
      hasCredentials: true,
      settings: { ...defaultSettings(), units: 'mmol/L', language },
      localMinutesOfDay: 0,
      systemLanguages,
    }),
    session: okSession,
    patients: [patient],
    recent: { p: [latest] },
    lastUpdatedAt: NOW,
  };
}

describe('language: settings + OS → snapshot → tray', () => {
  it('follows the OS when the setting is "system"', () => {
    const snapshot = buildSnapshot(state('system', ['fr-CH', 'en-US']));
    expect(snapshot.locale).toEqual({ language: 'fr', tag: 'fr-CH' });
    const { model, menu } = trayViewFor(snapshot, 'win32');
    expect(model.tooltip).toContain('7,3 mmol/L');
    expect(model.tooltip).toContain('en hausse');
    expect(model.tooltip).toContain('il y a 1 min');
    expect(menu.find((item) => item.id === 'quit')?.label).toBe('Quitter Glucobar');
  });

  it('the Settings override wins over the OS, and a settings change re-words the tray', () => {
    const french = state('system', ['fr-FR']);
    const german = reduce(french, {
      type: 'settingsChanged',
      settings: { ...french.settings, language: 'de' },
      now: NOW,
      localMinutesOfDay: 0,
    });
    const snapshot = buildSnapshot(german);
    expect(snapshot.locale.language).toBe('de');
    const { model, menu } = trayViewFor(snapshot, 'darwin');
    expect(model.tooltip).toContain('steigend');
    expect(model.tooltip).toContain('Im Zielbereich');
    expect(model.accessibleLabel).toContain('Millimol pro Liter');
    expect(menu.find((item) => item.id === 'open')?.label).toBe('Glucobar öffnen');
    expect(snapshot.current?.display.value).toBe('7,3');
  });

  it('English stays English (the default, and the CLI with no OS list)', () => {
    const snapshot = buildSnapshot(state('system', []));
    expect(snapshot.locale).toEqual({ language: 'en', tag: 'en' });
    expect(trayViewFor(snapshot, 'win32').model.tooltip).toContain('7.3 mmol/L');
    expect(buildSnapshot(state('en', ['de-DE'])).current?.display.trendWords).toBe('rising');
  });
});

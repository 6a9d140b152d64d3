import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import type { Patient } from '../../../main/core/llu/types';
import { initialState, type CoreState } from '../../../main/core/app/state';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import { selectPatient } from '../../../main/core/snapshot/patient-choice';
import { trayModelFor } from '../../../main/core/tray/tray-view';
import { buildSensorView } from '../../../main/core/snapshot/sensor-view';
import { okSession } from '../../../main/core/snapshot/session-view';
import { defaultSettings } from '../../../main/core/settings/schema';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const reading = (minutesAgo: number, mgdl: number, extra: Partial<Reading> = {}): Reading => ({
  time: NOW - minutesAgo * 60_000,
  mgdl,
  trend: 'rising',
  sensorLimit: null,
  localOffsetMinutes: 60,
  source: 'live',
  ...extra,
});
const patient = (id: string, latest: Reading | null, first = id): Patient => ({
  id,
  connectionId: `c${id}`,
  firstName: first,
  lastName: 'Example',
  targets: { lowMgdl: 70, highMgdl: 180 },
  units: 'mg/dL',
  sensor: { serial: '0E123', activatedAt: NOW - 3 * 86_400_000, warmupMinutes: 60, productType: 4 },
  latest,
  alarmLevels: { lowMgdl: 70, highMgdl: 250, urgentLowMgdl: 55 },
});

/** A state; `recent` is given as the selected patient's list (every patient gets it). */
function input(
  overrides: Partial<Omit<CoreState, 'recent'>> & { recent?: Reading[] } = {},
): CoreState {
  const latest = reading(1, 131);
  const { recent = [reading(6, 128), reading(5, 128), latest], ...rest } = overrides;
  const patients = rest.patients ?? [
    patient('b', latest, 'Bo'),
    patient('a', reading(2, 60), 'Ada'),
  ];
  return {
    ...initialState({
      now: NOW,
      demo: false,
      hasCredentials: true,
      settings: defaultSettings(),
      localMinutesOfDay: 0,
    }),
    session: okSession,
    patients,
    recent: Object.fromEntries(patients.map((p) => [p.id, recent])),
    lastUpdatedAt: NOW,
    ...rest,
  };
}

describe('buildSnapshot', () => {
  it('selects the chosen patient, else the first by id (LibreLinkUp order is not stable)', () => {
    const patients = input().patients;
    expect(selectPatient(patients, null)?.id).toBe('a');
    expect(selectPatient(patients, 'b')?.id).toBe('b');
    expect(selectPatient(patients, 'gone')?.id).toBe('a');
  });

  it('formats the current reading with its ~5-minute delta', () => {
    const snap = buildSnapshot(
      input({ settings: { ...defaultSettings(), selectedPatientId: 'b' } }),
    );
    expect(snap.current).toMatchObject({
      mgdl: 131,
      stale: false,
      deltaMgdl: 3,
      range: 'inRange',
      tone: 'inRange',
    });
    expect(snap.current?.display).toMatchObject({
      value: '131',
      unit: 'mg/dL',
      delta: '+3',
      arrow: '↗',
    });
    expect(snap.patientName).toBe('Bo Example');
    expect(trayModelFor(snap, 'darwin').title).toContain('131');
  });

  it('shows both units when asked', () => {
    const settings = { ...defaultSettings(), selectedPatientId: 'b', units: 'both' as const };
    expect(buildSnapshot(input({ settings })).current?.display).toMatchObject({
      value: '131',
      secondary: '7.3',
    });
  });

  it('never presents an old reading as current', () => {
    const old = reading(25, 131);
    const snap = buildSnapshot(
      input({ patients: [patient('a', old)], recent: [old], settings: defaultSettings() }),
    );
    expect(snap.current).toMatchObject({
      stale: true,
      tone: 'stale',
      trend: 'unknown',
      deltaMgdl: null,
    });
    expect(snap.current?.display.arrow).not.toBe('→');
    expect(snap.patients[0]).toMatchObject({ stale: true, tone: 'stale' });
  });

  it('shows HI and LO as such', () => {
    const hi = reading(1, 500, { sensorLimit: 'HI' });
    const snap = buildSnapshot(input({ patients: [patient('a', hi)], recent: [hi] }));
    expect(snap.current?.display.value).toBe('HI');
    expect(snap.current?.tone).toBe('urgentHigh');
  });

  it('carries privacy mode so every view hides numbers, and the tray title has none', () => {
    const snap = buildSnapshot(input({ settings: { ...defaultSettings(), privacyMode: true } }));
    expect(snap.privacy).toBe(true);
    const tray = trayModelFor(snap, 'darwin');
    expect(tray.title).not.toMatch(/\d/);
    expect(tray.tooltip).not.toMatch(/\d{2,}/);
  });

  it('no patients: no current reading, the session message explains', () => {
    const snap = buildSnapshot(input({ patients: [], recent: [] }));
    expect(snap.current).toBeNull();
    expect(snap.selectedPatientId).toBeNull();
  });
});

describe('sensor view', () => {
  const sensor = { serial: 'X', activatedAt: NOW, warmupMinutes: 60, productType: 4 };
  it('warming up, active with days left, ended', () => {
    expect(buildSensorView(sensor, NOW + 30 * 60_000)?.state).toBe('warmingUp');
    expect(buildSensorView(sensor, NOW + 2 * 86_400_000)).toMatchObject({
      state: 'active',
      daysLeft: 12,
    });
    expect(buildSensorView(sensor, NOW + 15 * 86_400_000)).toMatchObject({
      state: 'ended',
      daysLeft: 0,
    });
    expect(buildSensorView(null, NOW)).toBeNull();
  });
});

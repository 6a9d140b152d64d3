// Readings, patients and core states for tests of the core's pure parts (reducer, snapshot,
// shell helpers): one set of factories, so a change to Reading, Patient or CoreState is made
// in one place instead of in every test file.
import { initialState, type CoreState } from '../../main/core/app/state';
import type { Reading } from '../../main/core/glucose/reading';
import type { Patient } from '../../main/core/llu/types';
import { defaultSettings } from '../../main/core/settings/schema';

export const MINUTE = 60_000;

/** `reading(minutes, mgdl)`: a flat live reading `minutes` after `t0`, for a wearer at that offset. */
export function readingsFrom(t0: number, localOffsetMinutes = 0) {
  return (minutes: number, mgdl: number, extra: Partial<Reading> = {}): Reading => ({
    time: t0 + minutes * MINUTE,
    mgdl,
    trend: 'flat',
    sensorLimit: null,
    localOffsetMinutes,
    source: 'live',
    ...extra,
  });
}

/** A followed person with the usual targets and alarm levels; first name = id in capitals. */
export function testPatient(
  id: string,
  latest: Reading | null,
  extra: Partial<Patient> = {},
): Patient {
  return {
    id,
    connectionId: `c-${id}`,
    firstName: id.toUpperCase(),
    lastName: 'Example',
    targets: { lowMgdl: 70, highMgdl: 180 },
    units: 'mg/dL',
    sensor: null,
    latest,
    alarmLevels: { lowMgdl: 70, highMgdl: 250, urgentLowMgdl: 55 },
    ...extra,
  };
}

/** The core's state at `now` before any event: default settings, noon on this machine. */
export function startState(now: number, options: { hasCredentials?: boolean } = {}): CoreState {
  return initialState({
    now,
    demo: false,
    hasCredentials: options.hasCredentials ?? true,
    settings: defaultSettings(),
    localMinutesOfDay: 12 * 60,
  });
}

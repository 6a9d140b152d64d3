// Real snapshots (built by the core's own buildSnapshot) and a fake snapshot source for the
// endpoint tests.
import type { Snapshot } from '../../../preload/contract';
import type { SnapshotSource } from '../../../main/core/endpoint/server';
import type { Patient } from '../../../main/core/llu/types';
import { defaultSettings } from '../../../main/core/settings/schema';
import { initialState } from '../../../main/core/app/state';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import {
  okSession,
  sessionFromError,
  type SessionState,
} from '../../../main/core/snapshot/session-view';
import { LluError } from '../../../main/core/llu/errors';

export const MINUTE = 60_000;

export function patient(id: string, firstName: string, time: number, mgdl = 131): Patient {
  return {
    id,
    connectionId: `c-${id}`,
    firstName,
    lastName: 'Example',
    targets: { lowMgdl: 70, highMgdl: 180 },
    units: 'mg/dL',
    sensor: null,
    latest: {
      time,
      mgdl,
      trend: 'rising',
      sensorLimit: null,
      localOffsetMinutes: 0,
      source: 'live',
    },
    alarmLevels: { lowMgdl: null, highMgdl: null, urgentLowMgdl: null },
  };
}

export function snapshotAt(
  now: number,
  readingTime: number,
  options: { session?: SessionState; demo?: boolean; patients?: Patient[] } = {},
): Snapshot {
  const patients = options.patients ?? [patient('p1', 'Ada', readingTime)];
  return buildSnapshot({
    ...initialState({
      now,
      demo: options.demo ?? false,
      hasCredentials: true,
      settings: { ...defaultSettings(), units: 'mg/dL', selectedPatientId: patients[0]!.id },
      localMinutesOfDay: 0,
    }),
    session: options.session ?? okSession,
    patients,
    lastUpdatedAt: now,
  });
}

export const offlineSession = sessionFromError(
  new LluError('network', 'LibreLinkUp did not answer in time.'),
  null,
);

/** A source whose snapshot the test replaces; `emit` is what the core's onSnapshot would do. */
export function fakeSource(initial: Snapshot) {
  let current = initial;
  const listeners = new Set<(s: Snapshot) => void>();
  const source: SnapshotSource = {
    snapshot: () => current,
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    staleAfterMinutes: () => 10,
  };
  return {
    source,
    listeners,
    emit(next: Snapshot) {
      current = next;
      for (const listener of listeners) listener(next);
    },
  };
}

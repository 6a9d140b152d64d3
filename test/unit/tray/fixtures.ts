// Builders for the contract types the tray consumes. Display strings are written out as
// main would format them, so tests read like what a person sees.
import type {
  CurrentReading,
  PatientSummary,
  SessionStatus,
  SessionView,
} from '../../../preload/contract';
import type { TrayInput } from '../../../main/core/tray/tray-model';

export function session(status: SessionStatus = 'ok', message = ''): SessionView {
  return { status, message, retryAt: null, document: null, minimumVersion: null };
}

export function reading(overrides: Partial<CurrentReading> = {}): CurrentReading {
  const { display, ...rest } = overrides;
  return {
    time: Date.UTC(2025, 0, 15, 12, 0),
    mgdl: 131,
    mmol: 7.3,
    trend: 'rising',
    deltaMgdl: 3,
    range: 'inRange',
    tone: 'inRange',
    sensorLimit: null,
    ageSeconds: 60,
    stale: false,
    ...rest,
    display: {
      value: '131',
      unit: 'mg/dL',
      secondary: null,
      delta: '+3',
      age: '1 min ago',
      arrow: '↗',
      trendWords: 'rising',
      ...display,
    },
  };
}

export function input(overrides: Partial<TrayInput> = {}): TrayInput {
  return {
    patientName: 'Ada',
    current: reading(),
    session: session(),
    units: 'mg/dL',
    privacy: false,
    ...overrides,
  };
}

export function patient(
  id: string,
  name: string,
  overrides: Partial<PatientSummary> = {},
): PatientSummary {
  return { id, name, value: '131', tone: 'inRange', stale: false, selected: false, ...overrides };
}

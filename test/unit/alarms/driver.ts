import type { AlarmKind, Settings } from '../../../preload/contract';
import {
  evaluateAlarms,
  initialAlarmState,
  snoozeAlarm,
  type AlarmEvaluation,
  type AlarmInput,
  type AlarmState,
} from '../../../main/core/alarms';
import type { Reading } from '../../../main/core/glucose/reading';
import { isStale } from '../../../common/glucose/staleness';
import { MINUTE, T0, reading } from '../glucose/make-reading';

/** Every alarm on, default levels: urgent low 55, low 70, high 250, rapid 2, no data 20. */
export function allOn(): Settings['alarms'] {
  return {
    urgentLow: { enabled: true, threshold: 55 },
    low: { enabled: true, threshold: 70 },
    high: { enabled: true, threshold: 250 },
    rapidFall: { enabled: true, threshold: 2 },
    rapidRise: { enabled: true, threshold: 2 },
    noData: { enabled: true, threshold: 20 },
  };
}

export const QUIET_OFF: Settings['quietHours'] = { enabled: false, start: '22:00', end: '07:00' };

export function baseInput(minute: number, latest: Reading | null): AlarmInput {
  const now = T0 + minute * MINUTE + 30_000;
  return {
    now,
    latest,
    isNewReading: latest !== null,
    deltaRatePerMinute: null,
    stale: latest !== null && isStale(latest, now, 10),
    settings: allOn(),
    quietHours: QUIET_OFF,
    localMinutesOfDay: 12 * 60,
    pausedUntil: null,
    patientLevels: null,
    units: 'mg/dL',
  };
}

/**
 * Steps minute by minute like the app does: `feed` delivers a new live reading (taken 30 s
 * before `now`), `tick` re-evaluates without one. Overrides apply to one step only.
 */
export function createDriver(defaults: Partial<AlarmInput> = {}) {
  let state: AlarmState = initialAlarmState();
  let latest: Reading | null = null;
  const evaluate = (input: AlarmInput): AlarmEvaluation => {
    const result = evaluateAlarms(state, input);
    state = result.state;
    return result;
  };
  return {
    get state(): AlarmState {
      return state;
    },
    feed(minute: number, value: number | Reading, over: Partial<AlarmInput> = {}) {
      latest = typeof value === 'number' ? reading(minute, value) : value;
      return evaluate({ ...baseInput(minute, latest), ...defaults, ...over });
    },
    tick(minute: number, over: Partial<AlarmInput> = {}) {
      return evaluate({ ...baseInput(minute, latest), isNewReading: false, ...defaults, ...over });
    },
    snooze(kind: AlarmKind | 'all', untilMinute: number) {
      state = snoozeAlarm(state, kind, T0 + untilMinute * MINUTE);
    },
  };
}

export const kinds = (r: AlarmEvaluation): AlarmKind[] => r.notify.map((n) => n.kind);
export const activeKinds = (r: AlarmEvaluation): AlarmKind[] => r.active.map((a) => a.kind);

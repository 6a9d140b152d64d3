import { resolveLocale } from '../../../common/i18n/languages';
import type { Reading } from '../glucose/reading';
import { selectPatient } from '../snapshot/patient-choice';
import {
  connectingSession,
  okSession,
  sessionFromError,
  signedOutSession,
} from '../snapshot/session-view';
import { checkAlarms, snoozeAlarms } from './alarm-book';
import { sameNotice, withNotice, withoutNotice, type Notice } from './notice';
import { addRecent } from './recent-readings';
import type { CoreEvent, CoreState } from './state';

/** Shown while readings cannot be written to disk; the history store keeps them meanwhile. */
export const HISTORY_NOTICE: Notice = { key: 'notice.historyNotSaved' };

/**
 * The app's logic for one event: pure, so every rule about what the app knows can be tested
 * without timers, disks or servers. The shell (app-core.ts) performs the effects: it writes
 * history before the event, and afterwards hands `alarms.outbox` to the notifier.
 */
export function reduce(previous: CoreState, event: CoreEvent): CoreState {
  const state: CoreState = {
    ...previous,
    now: event.now,
    localMinutesOfDay: event.localMinutesOfDay,
    // Notifications belong to the event that decided them, never to a later one.
    alarms: { ...previous.alarms, outbox: [] },
  };
  switch (event.type) {
    case 'polled': {
      // The person shown after this poll (on the first poll, nobody was shown before it: their
      // reading is new, so a low present at start is announced, not held until the next one).
      const focus = selectPatient(event.patients, state.settings.selectedPatientId)?.id;
      const before = focus ? newestTime(state, focus) : undefined;
      let recent = state.recent;
      for (const patient of event.patients) {
        if (patient.latest) recent = withRecent(recent, patient.id, [patient.latest], event.now);
      }
      const next = withHistoryNotice(
        { ...state, patients: event.patients, session: okSession, lastUpdatedAt: event.at, recent },
        event.historySaved,
      );
      const after = focus ? newestTime(next, focus) : undefined;
      return evaluate(next, { isNewReading: after !== undefined && after !== before });
    }
    case 'graphFetched':
      return withHistoryNotice(
        { ...state, recent: withRecent(state.recent, event.patientId, event.readings, event.now) },
        event.historySaved,
      );
    case 'pollFailed':
      return {
        ...state,
        session: sessionFromError(event.error, event.retryAt),
        patients: event.error.code === 'no_connections' ? [] : state.patients,
      };
    case 'commandFailed':
      return { ...state, session: sessionFromError(event.error, null) };
    case 'signingIn':
    case 'termsAccepted':
      return { ...state, session: connectingSession };
    case 'signedOut':
      return { ...state, patients: [], session: signedOutSession, lastUpdatedAt: null };
    case 'settingsChanged':
      return { ...state, settings: event.settings };
    case 'noticeAdded':
      return { ...state, notices: withNotice(state.notices, event.notice) };
    case 'noticeCleared':
      return { ...state, notices: withoutNotice(state.notices, event.notice) };
    case 'alarmsSnoozed':
      return { ...state, alarms: snoozeAlarms(state.alarms, event.kind, event.until) };
    case 'alarmsPaused':
      return { ...state, alarms: { ...state.alarms, pausedUntil: event.until } };
    case 'updateOffered':
      return { ...state, update: event.offer };
    case 'tick':
      return evaluate(state, { isNewReading: false });
  }
}

export const selectedPatient = (state: CoreState) =>
  selectPatient(state.patients, state.settings.selectedPatientId);

export const recentOf = (state: CoreState, patientId: string): readonly Reading[] =>
  state.recent[patientId] ?? [];

const newestTime = (state: CoreState, patientId: string) => recentOf(state, patientId).at(-1)?.time;

function withRecent(
  recent: CoreState['recent'],
  patientId: string,
  readings: readonly Reading[],
  now: number,
): CoreState['recent'] {
  return { ...recent, [patientId]: addRecent(recent[patientId] ?? [], readings, now) };
}

/**
 * The disk notice follows the latest write: shown after a failure, gone after a success, left
 * as it is when nothing was written (`null`).
 */
function withHistoryNotice(state: CoreState, saved: boolean | null): CoreState {
  const shown = state.notices.some((n) => sameNotice(n, HISTORY_NOTICE));
  if (saved === null || saved !== shown) return state;
  return {
    ...state,
    notices: saved
      ? withoutNotice(state.notices, HISTORY_NOTICE)
      : withNotice(state.notices, HISTORY_NOTICE),
  };
}

function evaluate(state: CoreState, { isNewReading }: { isNewReading: boolean }): CoreState {
  const patient = selectedPatient(state);
  if (!patient) return state;
  const alarms = checkAlarms(state.alarms, {
    now: state.now,
    patient,
    recent: recentOf(state, patient.id),
    isNewReading,
    settings: state.settings,
    localMinutesOfDay: state.localMinutesOfDay,
    locale: resolveLocale(state.settings.language, state.systemLanguages),
  });
  return { ...state, alarms };
}

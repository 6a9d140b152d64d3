import type { AlarmKind } from '../../../common/alarms';
import type { SessionView } from '../../../common/session';
import type { Settings } from '../../../common/settings';
import type { Reading } from '../glucose/reading';
import type { LluError } from '../llu/errors';
import type { Patient } from '../llu/types';
import { emptyAlarmBook, type AlarmBook } from './alarm-book';
import { connectingSession, signedOutSession } from '../snapshot/session-view';

/** Everything the app knows, as plain data: the one input of `buildSnapshot`. */
export interface CoreState {
  /** When the latest event happened, epoch ms. */
  now: number;
  demo: boolean;
  session: SessionView;
  settings: Settings;
  /** Last known patients (LibreLinkUp's order is not stable: never rely on it). */
  patients: readonly Patient[];
  /** The last minutes of readings per patient id, oldest first. */
  recent: Readonly<Record<string, readonly Reading[]>>;
  /** Last successful contact with LibreLinkUp. */
  lastUpdatedAt: number | null;
  notices: readonly string[];
  alarms: AlarmBook;
  /** Minutes since local midnight on this machine at `now` (quiet hours). */
  localMinutesOfDay: number;
}

/**
 * What can happen to the app. Every event carries the time it happened (`now`) and, where
 * quiet hours matter, this machine's local minute of the day.
 */
export type CoreEvent = { now: number; localMinutesOfDay: number } & (
  | { type: 'polled'; patients: readonly Patient[]; at: number; historySaved: boolean }
  | { type: 'graphFetched'; patientId: string; readings: readonly Reading[]; historySaved: boolean }
  | { type: 'pollFailed'; error: LluError; retryAt: number | null }
  | { type: 'commandFailed'; error: LluError }
  | { type: 'signingIn' }
  | { type: 'termsAccepted' }
  | { type: 'signedOut' }
  | { type: 'settingsChanged'; settings: Settings }
  | { type: 'noticeAdded'; text: string }
  | { type: 'noticeCleared'; text: string }
  | { type: 'alarmsSnoozed'; kind: AlarmKind | 'all'; until: number }
  | { type: 'alarmsPaused'; until: number | null }
  | { type: 'tick' }
);

export function initialState(options: {
  now: number;
  demo: boolean;
  hasCredentials: boolean;
  settings: Settings;
  localMinutesOfDay: number;
}): CoreState {
  return {
    now: options.now,
    demo: options.demo,
    session: options.hasCredentials ? connectingSession : signedOutSession,
    settings: options.settings,
    patients: [],
    recent: {},
    lastUpdatedAt: null,
    notices: [],
    alarms: emptyAlarmBook,
    localMinutesOfDay: options.localMinutesOfDay,
  };
}

/**
 * The app's state as plain data, and the events that change it. `reduce` (reduce.ts) is the
 * only code that makes a new state; `buildSnapshot` (snapshot/build-snapshot.ts) turns a state
 * into what views show. To teach the app something new: add the event here, its case in
 * `reduce`, and (if views need it) a field here and in the snapshot.
 */
import type { AlarmKind } from '../../../common/alarms';
import type { Settings } from '../../../common/settings';
import type { Reading } from '../glucose/reading';
import type { LluError } from '../llu/errors';
import type { Patient } from '../llu/types';
import { connectingSession, signedOutSession, type SessionState } from '../snapshot/session-view';
import { emptyAlarmBook, type AlarmBook } from './alarm-book';
import type { OfferedUpdate } from '../updates/update-policy';
import type { Notice } from './notice';

/** Everything the app knows: the one input of `buildSnapshot`. */
export interface CoreState {
  /** When the latest event happened, epoch ms. */
  now: number;
  demo: boolean;
  session: SessionState;
  settings: Settings;
  /** Last known patients (LibreLinkUp's order is not stable: never rely on it). */
  patients: readonly Patient[];
  /** The last minutes of readings per patient id, oldest first (app/recent-readings.ts). */
  recent: Readonly<Record<string, readonly Reading[]>>;
  /** Last successful contact with LibreLinkUp. */
  lastUpdatedAt: number | null;
  notices: readonly Notice[];
  alarms: AlarmBook;
  /** Minutes since local midnight on this machine at `now` (quiet hours). */
  localMinutesOfDay: number;
  /** What the updater offers (main/core/updates), null when nothing. */
  update: OfferedUpdate | null;
  /**
   * The OS's preferred languages, most preferred first (`app.getPreferredSystemLanguages()`);
   * with `settings.language` they make the snapshot's locale (common/i18n/languages.ts).
   */
  systemLanguages: readonly string[];
}

/** What can happen, without the time stamp the shell adds (`CoreEvent`). */
export type CoreEventBody =
  /** A poll answered. `historySaved`: whether writing the new readings to disk worked (null: nothing to write). */
  | { type: 'polled'; patients: readonly Patient[]; at: number; historySaved: boolean | null }
  | {
      type: 'graphFetched';
      patientId: string;
      readings: readonly Reading[];
      historySaved: boolean;
    }
  | { type: 'pollFailed'; error: LluError; retryAt: number | null }
  /** A command the person gave (accept terms) failed with a session-level error. */
  | { type: 'commandFailed'; error: LluError }
  | { type: 'signingIn' }
  | { type: 'termsAccepted' }
  | { type: 'signedOut' }
  | { type: 'settingsChanged'; settings: Settings }
  | { type: 'noticeAdded'; notice: Notice }
  | { type: 'noticeCleared'; notice: Notice }
  | { type: 'alarmsSnoozed'; kind: AlarmKind | 'all'; until: number }
  | { type: 'alarmsPaused'; until: number | null }
  /** The updater's offer changed (a download finished, a restart waits for an alarm). */
  | { type: 'updateOffered'; offer: OfferedUpdate | null }
  /** The clock moved on (every 15 s): ages, staleness and time-based alarms. */
  | { type: 'tick' };

/** An event as the reducer sees it: when it happened, and this machine's local minute of day. */
export type CoreEvent = CoreEventBody & { now: number; localMinutesOfDay: number };

export function initialState(options: {
  now: number;
  demo: boolean;
  hasCredentials: boolean;
  settings: Settings;
  localMinutesOfDay: number;
  /** Empty (the CLI, tests): the language setting alone decides, English for 'system'. */
  systemLanguages?: readonly string[];
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
    update: null,
    systemLanguages: [...(options.systemLanguages ?? [])],
  };
}

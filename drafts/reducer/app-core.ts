import type { AlarmKind } from '../../common/alarms';
import type { ExportRequest, HistoryRequest, HistorySeries, Report, ReportRequest } from '../../common/history';
import type { Snapshot } from '../../common/snapshot';
import { NotFoundError } from './app/errors';
import { createHistoryQueries, type ExportFile } from './app/queries';
import { recentOf, reduce, selectedPatient, snapshotOf } from './app/reduce';
import { initialState, type CoreEvent, type CoreState } from './app/state';
import type { Reading } from './glucose/reading';
import type { HistoryStore } from './history';
import { isLluError } from './llu/errors';
import type { LluClient, LluCredentials } from './llu/types';
import { createPoller, type Poller } from './poller';
import type { Clock, CredentialKeeper, Logger, Notifier, SettingsAccess, TimerHandle } from './ports';

export interface AppCoreOptions {
  clock: Clock;
  random: () => number;
  logger: Logger;
  client: LluClient;
  history: HistoryStore;
  settings: SettingsAccess;
  credentials: CredentialKeeper;
  notifier: Notifier;
  demo: boolean;
  /** Whether credentials were available at start (else the app starts signed out). */
  hasCredentials: boolean;
  /** Minutes since local midnight on this machine, for quiet hours. */
  localMinutesOfDay: (now: number) => number;
  requestsPerMinute?: number;
}

export interface AppCore {
  start(): void;
  stop(): void;
  snapshot(): Snapshot;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  history(request: HistoryRequest): Promise<HistorySeries>;
  report(request: ReportRequest): Promise<Report>;
  signIn(credentials: LluCredentials): Promise<void>;
  acceptTerms(): Promise<void>;
  signOut(): Promise<void>;
  selectPatient(patientId: string): Promise<void>;
  refreshNow(): void;
  /** After sleep or screen unlock. */
  resume(): void;
  /** The popover opened: backfill if the selected patient's history looks stale. */
  popoverOpened(): void;
  snooze(kind: AlarmKind | 'all', minutes: number): void;
  /** Shows a notice in every view until `clearNotice` (same text twice is shown once). */
  addNotice(text: string): void;
  clearNotice(text: string): void;
  /** Pause every alarm but urgent low for `minutes`, or resume with null. */
  pauseAlarms(minutes: number | null): void;
  exportHistory(request: ExportRequest): Promise<ExportFile>;
  poller(): Poller;
}

const TICK_MS = 15_000;
/** The popover asks for a backfill when the newest reading is older than this. */
const BACKFILL_WHEN_OLDER_MS = 10 * 60_000;

type EventBody = CoreEvent extends infer E ? (E extends CoreEvent ? Omit<E, 'now' | 'localMinutesOfDay'> : never) : never;

/**
 * The app's shell: turns poller results, timer ticks and commands into events for the pure
 * reducer (app/reduce.ts), performs what the new state asks for (history writes, notifications,
 * the poller's focus) and hands each changed snapshot to the views.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { clock, logger, client, history, settings } = options;
  let state: CoreState = initialState({
    now: clock.now(),
    demo: options.demo,
    hasCredentials: options.hasCredentials,
    settings: settings.get(),
    localMinutesOfDay: options.localMinutesOfDay(clock.now()),
  });
  let current: Snapshot | null = null;
  let tickTimer: TimerHandle | null = null;
  const listeners = new Set<(snapshot: Snapshot) => void>();

  const publish = () => {
    const next = snapshotOf(state);
    const changed =
      !current ||
      JSON.stringify({ ...current, generatedAt: 0 }) !== JSON.stringify({ ...next, generatedAt: 0 });
    current = next;
    if (changed) for (const listener of listeners) listener(next);
  };

  const dispatch = (event: EventBody) => {
    const now = clock.now();
    state = reduce(state, { ...event, now, localMinutesOfDay: options.localMinutesOfDay(now) } as CoreEvent);
    for (const notification of state.alarms.outbox) {
      logger.info('alarm', { kind: notification.kind });
      options.notifier.notify(notification);
    }
    poller.setFocus(selectedPatient(state)?.id ?? null);
    publish();
  };

  /** Writes readings to disk; false when that failed (the store keeps them and retries). */
  const save = async (patientId: string, readings: readonly Reading[]): Promise<boolean> => {
    try {
      await history.append(patientId, [...readings]);
      return true;
    } catch (error) {
      logger.error('history write failed', { reason: (error as Error).message });
      return false;
    }
  };

  const poller = createPoller({
    clock,
    random: options.random,
    logger,
    client,
    requestsPerMinute: options.requestsPerMinute,
    sink: {
      async patients(list, at) {
        let historySaved: boolean | null = null;
        for (const patient of list) {
          if (patient.latest) historySaved = await save(patient.id, [patient.latest]);
        }
        dispatch({ type: 'polled', patients: list, at, historySaved });
      },
      async graph(result) {
        const historySaved = await save(result.patient.id, result.readings);
        dispatch({ type: 'graphFetched', patientId: result.patient.id, readings: result.readings, historySaved });
      },
      failed: (error, _at, retryAt) => dispatch({ type: 'pollFailed', error, retryAt }),
    },
  });

  const tick = () => {
    tickTimer = clock.setTimeout(tick, TICK_MS);
    dispatch({ type: 'tick' });
  };

  settings.onChange((next) => dispatch({ type: 'settingsChanged', settings: next }));

  const queries = createHistoryQueries({ clock, history, patients: () => state.patients });

  return {
    start() {
      publish();
      if (options.hasCredentials) poller.start();
      if (tickTimer === null) tickTimer = clock.setTimeout(tick, TICK_MS);
    },
    stop() {
      poller.stop();
      if (tickTimer !== null) clock.clearTimeout(tickTimer);
      tickTimer = null;
    },
    snapshot() {
      if (!current) publish();
      return current!;
    },
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    history: queries.history,
    report: queries.report,
    exportHistory: queries.exportHistory,
    async signIn(credentials) {
      client.setCredentials(credentials);
      await options.credentials.save(credentials);
      dispatch({ type: 'signingIn' });
      poller.start();
      poller.unblock();
    },
    async acceptTerms() {
      try {
        await client.acceptTerms();
      } catch (error) {
        if (isLluError(error)) dispatch({ type: 'commandFailed', error });
        throw error;
      }
      dispatch({ type: 'termsAccepted' });
      poller.unblock();
    },
    async signOut() {
      poller.stop();
      await client.signOut();
      client.setCredentials(null);
      await options.credentials.clear();
      dispatch({ type: 'signedOut' });
    },
    async selectPatient(patientId) {
      if (!state.patients.some((p) => p.id === patientId)) {
        throw new NotFoundError('That person is not followed by this account.');
      }
      const next = await settings.update({ selectedPatientId: patientId });
      dispatch({ type: 'settingsChanged', settings: next });
    },
    refreshNow: () => poller.refreshNow(),
    resume: () => poller.resume(),
    popoverOpened() {
      const patient = selectedPatient(state);
      if (!patient) return;
      const newest = recentOf(state, patient.id).at(-1);
      if (!newest || clock.now() - newest.time > BACKFILL_WHEN_OLDER_MS) {
        poller.requestBackfill(patient.id);
      }
    },
    snooze: (kind, minutes) =>
      dispatch({ type: 'alarmsSnoozed', kind, until: clock.now() + minutes * 60_000 }),
    addNotice: (text) => dispatch({ type: 'noticeAdded', text }),
    clearNotice: (text) => dispatch({ type: 'noticeCleared', text }),
    pauseAlarms: (minutes) =>
      dispatch({ type: 'alarmsPaused', until: minutes === null ? null : clock.now() + minutes * 60_000 }),
    poller: () => poller,
  };
}

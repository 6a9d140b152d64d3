/**
 * The app's shell: turns poller results, the clock tick and commands into events for the pure
 * reducer (app/reduce.ts), performs what each new state asks for (notifications, the poller's
 * focus) and hands every changed snapshot to the views (`core.onSnapshot`). History questions
 * go to app/queries.ts. No rule lives here: see docs/architecture.md.
 */
import type { Snapshot } from '../../common/snapshot';
import type { AppCore, AppCoreOptions } from './app/core-api';
import { NotFoundError } from './app/errors';
import { createHistoryQueries } from './app/queries';
import { recentOf, reduce, selectedPatient } from './app/reduce';
import { initialState, type CoreEventBody, type CoreState } from './app/state';
import type { Reading } from './glucose/reading';
import { isLluError } from './llu/errors';
import { createPoller } from './poller';
import type { TimerHandle } from './ports';
import { buildSnapshot } from './snapshot/build-snapshot';

export type { AppCore, AppCoreOptions } from './app/core-api';

const TICK_MS = 15_000;
/** The popover asks for a backfill when the newest reading is older than this. */
const BACKFILL_WHEN_OLDER_MS = 10 * 60_000;
/** Snapshots that differ only in when they were built are the same picture. */
const sameView = (a: Snapshot, b: Snapshot) =>
  JSON.stringify({ ...a, generatedAt: 0 }) === JSON.stringify({ ...b, generatedAt: 0 });

export function createAppCore(options: AppCoreOptions): AppCore {
  const { clock, logger, client, history, settings } = options;
  const at = (now: number) => ({ now, localMinutesOfDay: options.localMinutesOfDay(now) });
  let state: CoreState = initialState({
    ...at(clock.now()),
    demo: options.demo,
    hasCredentials: options.hasCredentials,
    settings: settings.get(),
    systemLanguages: options.systemLanguages ?? [],
  });
  let current: Snapshot | null = null;
  let tickTimer: TimerHandle | null = null;
  const listeners = new Set<(snapshot: Snapshot) => void>();

  const publish = () => {
    const next = buildSnapshot(state);
    const changed = !current || !sameView(current, next);
    current = next;
    if (changed) for (const listener of listeners) listener(next);
  };

  const dispatch = (event: CoreEventBody) => {
    state = reduce(state, { ...event, ...at(clock.now()) });
    for (const notification of state.alarms.outbox) {
      logger.info('alarm', { kind: notification.kind });
      options.notifier.notify(notification);
    }
    // The poller follows the person the tray shows (aligned to their sensor's minute).
    if (event.type === 'polled' || event.type === 'settingsChanged') {
      poller.setFocus(selectedPatient(state)?.id ?? null);
    }
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
      async graph({ patient, readings }) {
        const historySaved = await save(patient.id, readings);
        dispatch({ type: 'graphFetched', patientId: patient.id, readings, historySaved });
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
  const minutesFromNow = (minutes: number) => clock.now() + minutes * 60_000;

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
      // Also announced by settings.onChange; dispatched here too so the snapshot is current
      // when this resolves, whenever the settings store calls its listeners.
      dispatch({
        type: 'settingsChanged',
        settings: await settings.update({ selectedPatientId: patientId }),
      });
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
      dispatch({ type: 'alarmsSnoozed', kind, until: minutesFromNow(minutes) }),
    addNotice: (text) => dispatch({ type: 'noticeAdded', text }),
    clearNotice: (text) => dispatch({ type: 'noticeCleared', text }),
    pauseAlarms: (minutes) =>
      dispatch({ type: 'alarmsPaused', until: minutes === null ? null : minutesFromNow(minutes) }),
    offerUpdate: (offer) => dispatch({ type: 'updateOffered', offer }),
    poller: () => poller,
  };
}

/**
 * The app's shell: turns poller results, the clock tick and commands into events for the pure
 * reducer (app/reduce.ts), performs what each new state asks for (notifications, the poller's
 * focus) and hands every changed snapshot to the views (`core.onSnapshot`). History questions
 * go to app/queries.ts. No rule lives here: see docs/architecture.md.
 */
import { backfillTarget } from './app/backfill';
import type { AppCore, AppCoreOptions } from './app/core-api';
import { NotFoundError } from './app/errors';
import { createHistoryQueries } from './app/queries';
import { createReadingSaver } from './app/reading-saver';
import { reduce, selectedPatient } from './app/reduce';
import { createSnapshotFeed } from './app/snapshot-feed';
import { initialState, type CoreEventBody, type CoreState } from './app/state';
import { createTicker } from './app/ticker';
import { isLluError } from './llu/errors';
import { createPoller } from './poller';
import { buildSnapshot } from './snapshot/build-snapshot';

export type { AppCore, AppCoreOptions } from './app/core-api';

/** Often enough for staleness, quiet hours and snoozes to end on time. */
const TICK_MS = 15_000;

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
  const feed = createSnapshotFeed();
  const publish = () => feed.publish(buildSnapshot(state));

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

  const save = createReadingSaver(history, logger);
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

  const ticker = createTicker(clock, TICK_MS, () => dispatch({ type: 'tick' }));
  settings.onChange((next) => dispatch({ type: 'settingsChanged', settings: next }));
  const queries = createHistoryQueries({ clock, history, patients: () => state.patients });
  const minutesFromNow = (minutes: number) => clock.now() + minutes * 60_000;

  return {
    start() {
      publish();
      if (options.hasCredentials) poller.start();
      ticker.start();
    },
    stop() {
      poller.stop();
      ticker.stop();
    },
    snapshot() {
      if (!feed.latest()) publish();
      return feed.latest()!;
    },
    onSnapshot: (listener) => feed.subscribe(listener),
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
      const patientId = backfillTarget(state, clock.now());
      if (patientId !== null) poller.requestBackfill(patientId);
    },
    snooze: (kind, minutes) =>
      dispatch({ type: 'alarmsSnoozed', kind, until: minutesFromNow(minutes) }),
    addNotice: (notice) => dispatch({ type: 'noticeAdded', notice }),
    clearNotice: (notice) => dispatch({ type: 'noticeCleared', notice }),
    pauseAlarms: (minutes) =>
      dispatch({ type: 'alarmsPaused', until: minutes === null ? null : minutesFromNow(minutes) }),
    offerUpdate: (offer) => dispatch({ type: 'updateOffered', offer }),
    poller: () => poller,
  };
}

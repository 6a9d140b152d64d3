import type { AlarmKind } from '../../common/alarms';
import type {
  ExportRequest,
  HistoryRequest,
  HistorySeries,
  Report,
  ReportRequest,
} from '../../common/history';
import type { SessionView } from '../../common/session';
import type { Settings, SettingsPatch } from '../../common/settings';
import type { Snapshot } from '../../common/snapshot';
import { createAlarmRunner } from './app/alarm-runner';
import { createRecentReadings } from './app/recent-readings';
import { buildReport, spanStart } from './app/reports';
import type { Reading } from './glucose/reading';
import type { HistoryStore } from './history';
import { toCsv, toJson } from './history';
import { isLluError } from './llu/errors';
import type { LluClient, LluCredentials, Patient } from './llu/types';
import { createPoller, type Poller } from './poller';
import type { Clock, Logger, Notifier, TimerHandle } from './ports';
import { buildSnapshot, patientName, selectPatient } from './snapshot/build-snapshot';
import {
  connectingSession,
  okSession,
  sessionFromError,
  signedOutSession,
} from './snapshot/session-view';

/** The settings as core needs them; the app backs this with electron-store, tests with memory. */
export interface SettingsAccess {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
}

/** Where the app keeps credentials (encrypted by the desktop app; never on disk by the CLI). */
export interface CredentialKeeper {
  save(credentials: LluCredentials): Promise<void>;
  clear(): Promise<void>;
}

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
  exportHistory(
    request: ExportRequest,
  ): Promise<{ fileName: string; content: string; rows: number }>;
  poller(): Poller;
}

const TICK_MS = 15_000;
const HISTORY_NOTICE =
  'Glucobar cannot save readings to disk right now (is the disk full?). They are kept in memory and saved when it works again.';
const RECENT_MS = 30 * 60_000;

export function createAppCore(options: AppCoreOptions): AppCore {
  const { clock, logger, client, history, settings } = options;
  let session: SessionView = options.hasCredentials ? connectingSession : signedOutSession;
  let patients: Patient[] = [];
  let lastUpdatedAt: number | null = null;
  let current: Snapshot | null = null;
  let tickTimer: TimerHandle | null = null;
  let notices: string[] = [];
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const recent = createRecentReadings(RECENT_MS);
  const alarms = createAlarmRunner({ notifier: options.notifier, logger });

  const selected = () => selectPatient(patients, settings.get().selectedPatientId);

  const rebuild = () => {
    const now = clock.now();
    const patient = selected();
    const next = buildSnapshot({
      now,
      demo: options.demo,
      session,
      settings: settings.get(),
      patients,
      recent: patient ? recent.of(patient.id) : [],
      alarms: alarms.active(),
      alarmsPausedUntil: alarms.pausedUntil(now),
      lastUpdatedAt,
      notices,
    });
    const changed =
      !current ||
      JSON.stringify({ ...current, generatedAt: 0 }) !==
        JSON.stringify({ ...next, generatedAt: 0 });
    current = next;
    if (changed) for (const listener of listeners) listener(next);
  };

  const store = async (patientId: string, readings: Reading[]) => {
    recent.add(patientId, readings, clock.now());
    try {
      await history.append(patientId, readings);
      if (notices.includes(HISTORY_NOTICE)) notices = notices.filter((n) => n !== HISTORY_NOTICE);
    } catch (error) {
      // The store keeps unsaved readings in memory and retries on the next append.
      logger.error('history write failed', { reason: (error as Error).message });
      if (!notices.includes(HISTORY_NOTICE)) notices = [...notices, HISTORY_NOTICE];
    }
  };

  const evaluateAlarms = (isNewReading: boolean) => {
    const patient = selected();
    const snapshot = current;
    if (!patient || !snapshot) return;
    alarms.evaluate({
      now: clock.now(),
      patient,
      recent: recent.of(patient.id),
      isNewReading,
      settings: settings.get(),
      localMinutesOfDay: options.localMinutesOfDay(clock.now()),
    });
  };

  const poller = createPoller({
    clock,
    random: options.random,
    logger,
    client,
    requestsPerMinute: options.requestsPerMinute,
    sink: {
      async patients(list, at) {
        const focus = selected()?.id;
        const before = focus ? recent.of(focus).at(-1)?.time : undefined;
        patients = list;
        session = okSession;
        lastUpdatedAt = at;
        for (const patient of list) if (patient.latest) await store(patient.id, [patient.latest]);
        poller.setFocus(selected()?.id ?? null);
        rebuild();
        const after = focus ? recent.of(focus).at(-1)?.time : undefined;
        evaluateAlarms(after !== undefined && after !== before);
        rebuild();
      },
      async graph(result) {
        await store(result.patient.id, result.readings);
        rebuild();
      },
      failed(error, _at, retryAt) {
        session = sessionFromError(error, retryAt);
        if (error.code === 'no_connections') patients = [];
        rebuild();
      },
    },
  });

  const tick = () => {
    tickTimer = clock.setTimeout(tick, TICK_MS);
    evaluateAlarms(false);
    rebuild();
  };

  settings.onChange(() => {
    poller.setFocus(selected()?.id ?? null);
    rebuild();
  });

  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      if (isLluError(error)) {
        session = sessionFromError(error, null);
        rebuild();
      }
      throw error;
    }
  };

  return {
    start() {
      rebuild();
      if (options.hasCredentials) poller.start();
      if (tickTimer === null) tickTimer = clock.setTimeout(tick, TICK_MS);
    },
    stop() {
      poller.stop();
      if (tickTimer !== null) clock.clearTimeout(tickTimer);
      tickTimer = null;
    },
    snapshot() {
      if (!current) rebuild();
      return current!;
    },
    onSnapshot(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async history(request) {
      const to = clock.now();
      const from = spanStart(request.span, to);
      const readings = await history.range(request.patientId, from, to + 60_000);
      return {
        patientId: request.patientId,
        span: request.span,
        from,
        to,
        times: readings.map((r) => r.time),
        mgdl: readings.map((r) => r.mgdl),
      };
    },
    async report(request) {
      const to = clock.now();
      const from = spanStart(request.span, to);
      const readings = await history.range(request.patientId, from, to + 60_000);
      return buildReport(request, readings, from, to);
    },
    async signIn(credentials) {
      client.setCredentials(credentials);
      await options.credentials.save(credentials);
      session = connectingSession;
      rebuild();
      poller.start();
      poller.unblock();
    },
    async acceptTerms() {
      await guard(async () => {
        await client.acceptTerms();
        session = connectingSession;
        rebuild();
        poller.unblock();
      });
    },
    async signOut() {
      poller.stop();
      await client.signOut();
      client.setCredentials(null);
      await options.credentials.clear();
      patients = [];
      session = signedOutSession;
      lastUpdatedAt = null;
      rebuild();
    },
    async selectPatient(patientId) {
      if (!patients.some((p) => p.id === patientId)) {
        throw Object.assign(new Error('That person is not followed by this account.'), {
          code: 'not_found',
        });
      }
      await settings.update({ selectedPatientId: patientId });
      poller.setFocus(patientId);
      rebuild();
    },
    refreshNow: () => poller.refreshNow(),
    resume: () => poller.resume(),
    popoverOpened() {
      const patient = selected();
      if (!patient) return;
      const newest = recent.of(patient.id).at(-1);
      if (!newest || clock.now() - newest.time > 10 * 60_000) poller.requestBackfill(patient.id);
    },
    snooze(kind, minutes) {
      alarms.snooze(kind, clock.now() + minutes * 60_000);
      rebuild();
    },
    addNotice(text) {
      if (!notices.includes(text)) notices = [...notices, text];
      rebuild();
    },
    clearNotice(text) {
      notices = notices.filter((n) => n !== text);
      rebuild();
    },
    pauseAlarms(minutes) {
      alarms.pause(minutes === null ? null : clock.now() + minutes * 60_000);
      rebuild();
    },
    async exportHistory(request) {
      const to = clock.now();
      const readings = await history.range(
        request.patientId,
        spanStart(request.span, to),
        to + 60_000,
      );
      const patient = patients.find((p) => p.id === request.patientId);
      const name = patient ? patientName(patient) : undefined;
      const stamp = new Date(to).toISOString().slice(0, 10);
      const content =
        request.format === 'csv'
          ? toCsv(readings, { patientName: name })
          : toJson(readings, { patientId: request.patientId, patientName: name });
      return {
        fileName: `glucobar-${request.span}-${stamp}.${request.format}`,
        content,
        rows: readings.length,
      };
    },
    poller: () => poller,
  };
}

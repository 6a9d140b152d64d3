import type { AlarmKind } from '../../../common/alarms';
import type { Credentials } from '../../../common/credentials';
import type {
  ExportRequest,
  HistoryRequest,
  HistorySeries,
  Report,
  ReportRequest,
} from '../../../common/history';
import type { Snapshot } from '../../../common/snapshot';
import type { HistoryStore } from '../history';
import type { LluClient } from '../llu/types';
import type { Poller } from '../poller';
import type { Clock, CredentialKeeper, Logger, Notifier, SettingsAccess } from '../ports';
import type { ExportFile } from './queries';
import type { OfferedUpdate } from '../updates/update-policy';
import type { Notice } from './notice';

/** What the composition roots (main/index.ts, main/cli, tests) hand the core. */
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
  /** The OS's preferred languages (Electron `app.getPreferredSystemLanguages()`); none in the CLI. */
  systemLanguages?: readonly string[];
  requestsPerMinute?: number;
}

/** The core as views and commands see it: snapshots out, commands and questions in. */
export interface AppCore {
  start(): void;
  stop(): void;
  snapshot(): Snapshot;
  /** Called with each snapshot that differs from the last one (not for a mere clock tick). */
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  history(request: HistoryRequest): Promise<HistorySeries>;
  report(request: ReportRequest): Promise<Report>;
  exportHistory(request: ExportRequest): Promise<ExportFile>;
  signIn(credentials: Credentials): Promise<void>;
  acceptTerms(): Promise<void>;
  signOut(): Promise<void>;
  /** Throws NotFoundError (app/errors.ts) for a person this account does not follow. */
  selectPatient(patientId: string): Promise<void>;
  refreshNow(): void;
  /** After sleep or screen unlock. */
  resume(): void;
  /** The popover opened: backfill if the selected patient's history looks stale. */
  popoverOpened(): void;
  snooze(kind: AlarmKind | 'all', minutes: number): void;
  /** Shows a notice in every view until `clearNotice` (the same notice twice is shown once). */
  addNotice(notice: Notice): void;
  clearNotice(notice: Notice): void;
  /** Pause every alarm but urgent low for `minutes`, or resume with null. */
  pauseAlarms(minutes: number | null): void;
  /** The updater's offer for every view (main/adapters/app-updates.ts); null withdraws it. */
  offerUpdate(offer: OfferedUpdate | null): void;
  poller(): Poller;
}

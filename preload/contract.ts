/**
 * The bridge contract between main and the popover renderer.
 *
 * Types and constants only: this file is bundled into the sandboxed preload and imported
 * (as types) by the renderer and by main, so it must stay free of runtime dependencies.
 * Everything that crosses the bridge is structured-clone-safe: plain objects, strings,
 * numbers (times are epoch milliseconds, UTC), booleans, arrays and null.
 */

// ---------------------------------------------------------------------------
// Glucose vocabulary shared by every view
// ---------------------------------------------------------------------------

// The glucose words live in the runtime-neutral rules module; re-exported for the bridge's types.
import type {
  RangeBand,
  SensorLimit,
  Tone,
  Trend,
  UnitsPreference,
} from '../common/glucose/vocabulary';
export type {
  RangeBand,
  SensorLimit,
  Tone,
  Trend,
  Units,
  UnitsPreference,
} from '../common/glucose/vocabulary';

// ---------------------------------------------------------------------------
// Snapshot: the one immutable picture that main computes and every view renders
// ---------------------------------------------------------------------------

/** What the connection to LibreLinkUp is doing, with the data a person needs to act. */
export type SessionStatus =
  | 'signed_out'
  | 'connecting'
  | 'ok'
  | 'bad_credentials'
  | 'terms_required'
  | 'email_verification_required'
  | 'locked_out'
  | 'rate_limited'
  | 'blocked'
  | 'client_outdated'
  | 'no_connections'
  | 'patient_not_found'
  | 'unauthorized'
  | 'offline'
  | 'server_unavailable'
  | 'bad_response'
  | 'region_unknown'
  | 'sign_in_step_required'
  | 'password_expired'
  | 'api_changed';

export interface SessionView {
  status: SessionStatus;
  /** One plain sentence for a person, already localised by main. */
  message: string;
  /** When the app may try again on its own (lockouts, rate limits, blocks), epoch ms. */
  retryAt: number | null;
  /** For `terms_required`: which document waits for acceptance. */
  document: 'tou' | 'pp' | null;
  /** For `client_outdated`: the version the server asked for. */
  minimumVersion: string | null;
}

export interface ReadingDisplay {
  /** The value in the preferred unit, e.g. `131`, `7.3`, `HI`, `LO`. */
  value: string;
  /** The unit label for `value`. */
  unit: string;
  /** The value in the other unit when the preference is `both`, else null. */
  secondary: string | null;
  /** Signed delta over ~5 minutes in the preferred unit, e.g. `+3`, `-0.2`; null if unknown. */
  delta: string | null;
  /** Human age, e.g. `just now`, `4 min ago`. */
  age: string;
  /** Trend arrow glyph. */
  arrow: string;
  /** Trend in words, e.g. `rising`, `steady`, `trend unknown`. */
  trendWords: string;
}

export interface CurrentReading {
  /** Sensor time of the reading (FactoryTimestamp), epoch ms UTC. */
  time: number;
  mgdl: number;
  mmol: number;
  trend: Trend;
  deltaMgdl: number | null;
  range: RangeBand;
  tone: Tone;
  sensorLimit: SensorLimit;
  ageSeconds: number;
  /** True once the reading is older than the stale limit: never present it as current. */
  stale: boolean;
  display: ReadingDisplay;
}

export interface SensorView {
  serial: string;
  state: 'warmingUp' | 'active' | 'ended' | 'unknown';
  activatedAt: number | null;
  /** Whole days left until the sensor's expected end, null when unknown. */
  daysLeft: number | null;
  warmupEndsAt: number | null;
  endsAt: number | null;
}

export interface PatientSummary {
  id: string;
  name: string;
  /** Latest value as display text in the preferred unit, or null when none is known. */
  value: string | null;
  tone: Tone;
  stale: boolean;
  /** True for the patient the tray shows. */
  selected: boolean;
}

export type AlarmKind = 'urgentLow' | 'low' | 'high' | 'rapidFall' | 'rapidRise' | 'noData';

export interface AlarmView {
  kind: AlarmKind;
  message: string;
  since: number;
  snoozedUntil: number | null;
}

export interface Snapshot {
  /** When main computed this snapshot, epoch ms. */
  generatedAt: number;
  /** True when the app talks to the built-in simulator instead of LibreLinkUp. */
  demo: boolean;
  session: SessionView;
  units: UnitsPreference;
  /** Privacy mode: numbers are hidden from every view (screen sharing). */
  privacy: boolean;
  patients: PatientSummary[];
  selectedPatientId: string | null;
  patientName: string | null;
  current: CurrentReading | null;
  sensor: SensorView | null;
  /** The patient's LibreLinkUp target range, always mg/dL. */
  targets: { lowMgdl: number; highMgdl: number } | null;
  alarms: AlarmView[];
  alarmsPausedUntil: number | null;
  /** Last successful contact with the server, epoch ms. */
  lastUpdatedAt: number | null;
  /** What the tray shows, so the popover can mirror it exactly. */
  tray: { title: string; tooltip: string; tone: Tone };
  /**
   * Things a person should know that are not the session state: settings reset after damage,
   * secrets kept in memory only (no key store), history that could not be saved.
   */
  notices: string[];
}

// ---------------------------------------------------------------------------
// History and reports
// ---------------------------------------------------------------------------

export type ChartSpan = '3h' | '6h' | '12h' | '24h' | '7d' | '14d' | '30d' | '90d';
export const CHART_SPANS: readonly ChartSpan[] = [
  '3h',
  '6h',
  '12h',
  '24h',
  '7d',
  '14d',
  '30d',
  '90d',
];

export interface HistoryRequest {
  patientId: string;
  span: ChartSpan;
}

/** Readings as two parallel arrays (compact across the bridge), oldest first. */
export interface HistorySeries {
  patientId: string;
  span: ChartSpan;
  from: number;
  to: number;
  times: number[];
  mgdl: number[];
}

export interface ReportRequest {
  patientId: string;
  span: ChartSpan;
}

export interface TimeInRange {
  veryLow: number;
  low: number;
  inRange: number;
  high: number;
  veryHigh: number;
}

export interface Report {
  patientId: string;
  span: ChartSpan;
  from: number;
  to: number;
  readings: number;
  /** Fractions 0..1 of readings in each consensus band. */
  timeInRange: TimeInRange;
  meanMgdl: number | null;
  sdMgdl: number | null;
  /** Coefficient of variation, percent. */
  cvPercent: number | null;
  /** Glucose management indicator, percent. */
  gmiPercent: number | null;
  /** Fraction 0..1 of the span covered by readings. */
  coverage: number;
  /** AGP: percentiles of mg/dL by time of day (wearer's local time), one row per bucket. */
  agp: {
    bucketMinutes: number;
    p5: (number | null)[];
    p25: (number | null)[];
    p50: (number | null)[];
    p75: (number | null)[];
    p95: (number | null)[];
  };
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

export interface AlarmSetting {
  enabled: boolean;
  /** Threshold in mg/dL (for rapid change: mg/dL per minute). */
  threshold: number;
}

export interface Settings {
  units: UnitsPreference;
  /** Which patient the tray shows; null = the first one LibreLinkUp lists by id order. */
  selectedPatientId: string | null;
  alarms: {
    urgentLow: AlarmSetting;
    low: AlarmSetting;
    high: AlarmSetting;
    rapidFall: AlarmSetting;
    rapidRise: AlarmSetting;
    /** threshold = minutes without a new reading. */
    noData: AlarmSetting;
  };
  quietHours: { enabled: boolean; start: string; end: string };
  /** Minutes after which a reading is stale. */
  staleAfterMinutes: number;
  launchAtLogin: boolean;
  keepPopoverPinned: boolean;
  privacyMode: boolean;
  /**
   * Linux without a key store (safeStorage `basic_text`): keep the password on disk anyway,
   * only obfuscated. Off by default; then it is kept in memory and asked for after a restart.
   */
  rememberWithoutKeyStore: boolean;
}

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object
    ? Settings[K] extends unknown[]
      ? Settings[K]
      : Partial<Settings[K]>
    : Settings[K];
};

// ---------------------------------------------------------------------------
// Results: errors cross the bridge as values, never as thrown errors
// ---------------------------------------------------------------------------

export type ErrorCode =
  | Exclude<SessionStatus, 'signed_out' | 'connecting' | 'ok'>
  | 'credentials_missing'
  | 'invalid_request'
  | 'forbidden'
  | 'not_found'
  | 'storage_failed'
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

/** External pages the renderer may ask main to open, by id (never a raw URL). */
export type LinkId = 'llu-help' | 'libreview' | 'project' | 'privacy';
export const LINK_IDS: readonly LinkId[] = ['llu-help', 'libreview', 'project', 'privacy'];

export interface Credentials {
  email: string;
  password: string;
}

export interface ExportRequest {
  patientId: string;
  span: ChartSpan;
  format: 'csv' | 'json';
}

export type ExportOutcome = { saved: true; path: string; rows: number } | { saved: false };

// ---------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------

export const CHANNEL_PREFIX = 'glucobar:';

/** Request/response channels (renderer invokes, main handles). */
export const INVOKE = {
  getSnapshot: 'glucobar:snapshot:get',
  getHistory: 'glucobar:history:get',
  getReport: 'glucobar:report:get',
  signIn: 'glucobar:session:sign-in',
  acceptTerms: 'glucobar:session:accept-terms',
  signOut: 'glucobar:session:sign-out',
  selectPatient: 'glucobar:patient:select',
  refreshNow: 'glucobar:poll:refresh-now',
  getSettings: 'glucobar:settings:get',
  updateSettings: 'glucobar:settings:update',
  snoozeAlarm: 'glucobar:alarm:snooze',
  exportHistory: 'glucobar:history:export',
  openLink: 'glucobar:link:open',
  hidePopover: 'glucobar:popover:hide',
  quit: 'glucobar:app:quit',
} as const;

/** Push channels (main sends, renderer listens). */
export const PUSH = {
  snapshot: 'glucobar:snapshot:changed',
  settings: 'glucobar:settings:changed',
} as const;

export type InvokeName = keyof typeof INVOKE;
export type PushName = keyof typeof PUSH;

/** Request and response of every invoke channel. `void` requests take no argument. */
export interface InvokeContracts {
  getSnapshot: { request: void; response: Snapshot };
  getHistory: { request: HistoryRequest; response: HistorySeries };
  getReport: { request: ReportRequest; response: Report };
  signIn: { request: Credentials; response: null };
  acceptTerms: { request: void; response: null };
  signOut: { request: void; response: null };
  selectPatient: { request: { patientId: string }; response: null };
  refreshNow: { request: void; response: null };
  getSettings: { request: void; response: Settings };
  updateSettings: { request: SettingsPatch; response: Settings };
  snoozeAlarm: { request: { kind: AlarmKind | 'all'; minutes: number }; response: null };
  exportHistory: { request: ExportRequest; response: ExportOutcome };
  openLink: { request: { id: LinkId }; response: null };
  hidePopover: { request: void; response: null };
  quit: { request: void; response: null };
}

export interface PushContracts {
  snapshot: Snapshot;
  settings: Settings;
}

// Compile-time guard: a channel without a contract (or a contract without a channel) does not compile.
type AssertExact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const invokeCoverage: AssertExact<InvokeName, keyof InvokeContracts> = true;
export const pushCoverage: AssertExact<PushName, keyof PushContracts> = true;

type InvokeMethod<K extends InvokeName> = InvokeContracts[K]['request'] extends void
  ? () => Promise<Result<InvokeContracts[K]['response']>>
  : (request: InvokeContracts[K]['request']) => Promise<Result<InvokeContracts[K]['response']>>;

type PushMethodName<K extends PushName> = `on${Capitalize<K>}`;

/** The API the preload exposes as `window.glucobar`: one named method per operation. */
export type RendererApi = { [K in InvokeName]: InvokeMethod<K> } & {
  [K in PushName as PushMethodName<K>]: (
    listener: (payload: PushContracts[K]) => void,
  ) => () => void;
};

/** The global name under which the preload exposes the API. */
export const BRIDGE_KEY = 'glucobar';

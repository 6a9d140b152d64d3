/**
 * The bridge contract between main and the popover renderer: channels, the request and response
 * of each, and the API the preload exposes (`RendererApi`).
 *
 * Types and constants only: this file is bundled into the sandboxed preload and imported
 * (as types) by the renderer and by main's IPC layer, so it must stay free of runtime
 * dependencies. Everything that crosses the bridge is structured-clone-safe: plain objects,
 * strings, numbers (times are epoch milliseconds, UTC), booleans, arrays and null.
 *
 * The shapes that cross (Snapshot, Settings, reports, ...) are domain types owned by `common/`,
 * which core uses without depending on the bridge; they are re-exported here for the renderer.
 */
import type { AlarmKind } from '../common/alarms';
import type { Credentials } from '../common/credentials';
import type {
  ExportOutcome,
  ExportRequest,
  HistoryRequest,
  HistorySeries,
  Report,
  ReportRequest,
} from '../common/history';
import type { LinkId } from '../common/links';
import type { SessionStatus } from '../common/session';
import type { Settings, SettingsPatch } from '../common/settings';
import type { Snapshot } from '../common/snapshot';

export type {
  RangeBand,
  SensorLimit,
  Tone,
  Trend,
  Units,
  UnitsPreference,
} from '../common/glucose/vocabulary';
export type { AlarmKind, AlarmView } from '../common/alarms';
export type { Credentials } from '../common/credentials';
export type {
  ChartSpan,
  ExportOutcome,
  ExportRequest,
  HistoryRequest,
  HistorySeries,
  Report,
  ReportRequest,
  TimeInRange,
} from '../common/history';
export type { LinkId } from '../common/links';
export type { SessionStatus, SessionView } from '../common/session';
export type { AlarmSetting, Settings, SettingsPatch } from '../common/settings';
export type {
  CurrentReading,
  PatientSummary,
  ReadingDisplay,
  SensorView,
  Snapshot,
} from '../common/snapshot';
export { CHART_SPANS } from '../common/history';
export { LINK_IDS } from '../common/links';

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
  closeMiniView: 'glucobar:mini-view:close',
  acceptUpdate: 'glucobar:app:accept-update',
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
  /** The mini view's own close button (the tray menu's "Mini view" checkbox does the same). */
  closeMiniView: { request: void; response: null };
  /** Restart into the downloaded update (or open the download page); main decides which. */
  acceptUpdate: { request: void; response: null };
  quit: { request: void; response: null };
}

export interface PushContracts {
  snapshot: Snapshot;
  settings: Settings;
}

/**
 * What the mini view's page (`mini.html`) may invoke; main refuses every other channel from it
 * (main/ipc/sender-policy.ts), so a compromised mini page cannot sign out, export or quit.
 */
export const MINI_VIEW_INVOKES = ['getSnapshot', 'getHistory', 'closeMiniView'] as const;
export const MINI_VIEW_PAGE = '/mini.html';

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

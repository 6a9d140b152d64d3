// The popover's whole state: what main sent (snapshot, settings) plus what the viewer chose
// (tab, span) and the data fetched for that choice.
import type {
  AlarmKind,
  ChartSpan,
  Credentials,
  ExportOutcome,
  HistorySeries,
  LinkId,
  Report,
  Result,
  Settings,
  SettingsPatch,
  Snapshot,
} from '../../preload/contract';
import { DEFAULT_REPORT_SPAN, type ReportSpan } from '../../common/history';
import type { Language } from '../../common/i18n/languages';
import type { Catalog } from '../../common/i18n/translate';

export type View = 'now' | 'report' | 'settings';

/** Data fetched for one (patient, span) key. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'ready'; key: string; value: T }
  | { status: 'error'; key: string; message: string };

export interface AppState {
  snapshot: Snapshot | null;
  settings: Settings | null;
  /** Set when the bridge itself failed (no snapshot could be read). */
  bridgeError: string | null;
  view: View;
  /** The Now chart's span. */
  span: ChartSpan;
  /** The report's span: 7 to 90 days only, 14 by default (what clinicians look at). */
  reportSpan: ReportSpan;
  history: Loadable<HistorySeries>;
  report: Loadable<Report>;
  /** The loaded catalog of `snapshot.locale.language` (app.ts loads it); null = English. */
  catalog: { language: Language; messages: Catalog } | null;
}

export const INITIAL_STATE: AppState = {
  snapshot: null,
  settings: null,
  bridgeError: null,
  view: 'now',
  span: '12h',
  reportSpan: DEFAULT_REPORT_SPAN,
  history: { status: 'idle' },
  report: { status: 'idle' },
  catalog: null,
};

/** Everything a component may ask for; app.ts turns these into bridge calls. */
export interface Actions {
  setView(view: View): void;
  setSpan(span: ChartSpan): void;
  setReportSpan(span: ReportSpan): void;
  signIn(credentials: Credentials): Promise<Result<null>>;
  acceptTerms(): Promise<Result<null>>;
  refreshNow(): void;
  openLink(id: LinkId): void;
  selectPatient(patientId: string): void;
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  signOut(): void;
  quit(): void;
  /** Restart into the downloaded update, or open the download page (main decides). */
  acceptUpdate(): void;
  /** Hides the popover (the close button; Escape does the same in app.ts). */
  hide(): void;
  snooze(kind: AlarmKind | 'all', minutes: number): void;
  exportCsv(): Promise<Result<ExportOutcome>>;
  /** Speaks `text` through the polite live region. */
  announce(text: string): void;
}

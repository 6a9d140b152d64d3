/**
 * The Snapshot: the one immutable picture core computes from its state and every view (tray,
 * popover, CLI) renders. Plain, structured-clone-safe data: times are epoch milliseconds (UTC).
 */
import type { AlarmView } from './alarms';
import type { RangeBand, SensorLimit, Tone, Trend, UnitsPreference } from './glucose/vocabulary';
import type { ReadingProblem } from './glucose/reading-trust';
import type { UiLocale } from './i18n/languages';
import type { SessionView } from './session';
import type { UpdateOffer } from './updates';

export interface ReadingDisplay {
  /** The value in the preferred unit, e.g. `131`, `7.3`, `HI`, `LO`. */
  value: string;
  /** The unit label for `value`. */
  unit: string;
  /** The value in the other unit when the preference is `both`, else null. */
  secondary: string | null;
  /** Signed delta over ~5 minutes in the preferred unit, e.g. `+3`, `−0.2` (U+2212 minus); null if unknown. */
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

/** Why the newest reading LibreLinkUp sent is not shown: dated in the future, or impossible. */
export interface ReadingProblemView {
  kind: ReadingProblem;
  /** The sentence every view shows (common/glucose/reading-trust.ts). */
  message: string;
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

export interface Snapshot {
  /** When main computed this snapshot, epoch ms. */
  generatedAt: number;
  /** True when the app talks to the built-in simulator instead of LibreLinkUp. */
  demo: boolean;
  session: SessionView;
  units: UnitsPreference;
  /** Privacy mode: numbers are hidden from every view (screen sharing). */
  privacy: boolean;
  /** Whether the app starts at login (the tray menu shows it as a checkbox). */
  launchAtLogin: boolean;
  patients: PatientSummary[];
  selectedPatientId: string | null;
  patientName: string | null;
  /** The newest TRUSTED reading (never one dated in the future or with an impossible value). */
  current: CurrentReading | null;
  /** Set when LibreLinkUp's newest reading is newer than `current` but cannot be trusted. */
  readingProblem: ReadingProblemView | null;
  sensor: SensorView | null;
  /** The patient's LibreLinkUp target range, always mg/dL. */
  targets: { lowMgdl: number; highMgdl: number } | null;
  alarms: AlarmView[];
  alarmsPausedUntil: number | null;
  /** Last successful contact with the server, epoch ms. */
  lastUpdatedAt: number | null;
  /**
   * Things a person should know that are not the session state: settings reset after damage,
   * secrets kept in memory only (no key store), history that could not be saved.
   */
  notices: string[];
  /** A new Glucobar version to restart into or download; null when there is none (or in the demo). */
  update: UpdateOffer | null;
  /**
   * The language and formats every view uses (settings.language + the OS's languages, resolved
   * in main). Display strings in this snapshot are already in it; views translate the rest
   * with `createTranslator(snapshot.locale)` (common/i18n) and never pick a language themselves.
   */
  locale: UiLocale;
}

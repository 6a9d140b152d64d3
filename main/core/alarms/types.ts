import type { Translator } from '../../../common/i18n/translate';
import type { AlarmKind, AlarmView } from '../../../common/alarms';
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { Settings } from '../../../common/settings';
import type { Reading } from '../glucose/reading';
import type { NotificationUrgency } from '../ports';

export { ALARM_KINDS } from '../../../common/alarms';

/** One alarm episode of one kind. Plain data, so the state can be stored and compared. */
export interface AlarmEvent {
  /** When the episode started, epoch ms. */
  since: number;
  /** Whether the condition held at the latest evaluation. */
  active: boolean;
  /** The latest evaluation at which the condition held. */
  lastTrueAt: number;
  /** When this episode was notified; null while a notification is still owed. */
  notifiedAt: number | null;
}

export interface AlarmSnooze {
  until: number;
  /** Glucose when snoozed (mg/dL): the baseline for "got worse"; null until a value is known. */
  referenceMgdl: number | null;
}

export interface AlarmState {
  events: Partial<Record<AlarmKind, AlarmEvent>>;
  snoozes: Partial<Record<AlarmKind, AlarmSnooze>>;
  /** Glucose at the latest evaluation, mg/dL (the reference a new snooze records). */
  lastMgdl: number | null;
}

/**
 * LibreLinkUp's levels for the patient, mg/dL. `Pick<Patient, 'targets' | 'alarmLevels'>` fits.
 */
export interface PatientAlarmLevels {
  targets: { lowMgdl: number; highMgdl: number } | null;
  alarmLevels: {
    lowMgdl: number | null;
    highMgdl: number | null;
    urgentLowMgdl: number | null;
  } | null;
}

export interface AlarmInput {
  now: number;
  /** The newest reading of the patient, or null when none is known. */
  latest: Reading | null;
  /** True when `latest` arrived since the previous evaluation. */
  isNewReading: boolean;
  /** mg/dL per minute (glucose/delta.ts ratePerMinute), null when unknown. */
  deltaRatePerMinute: number | null;
  /** True when `latest` is too old to be presented as current. */
  stale: boolean;
  settings: Settings['alarms'];
  quietHours: Settings['quietHours'];
  /** Minute of the day (0..1439) on THIS machine's clock: quiet hours are the follower's night. */
  localMinutesOfDay: number;
  pausedUntil: number | null;
  /** Fallback thresholds when a setting is unusable; see defaultAlarmSettings. */
  patientLevels: PatientAlarmLevels | null;
  /** Unit(s) for the numbers in messages. */
  units: UnitsPreference;
  /** The words' language and number format (the snapshot's locale); English when absent. */
  i18n?: Translator;
  /** Whose glucose it is: names the notification when several people are followed. */
  patient?: { id: string; name: string } | null;
}

/** What to show; `id` is stable per patient and kind so a newer notice can replace an older. */
export interface AlarmNotification {
  id: string;
  kind: AlarmKind;
  title: string;
  body: string;
  urgency: NotificationUrgency;
}

export interface AlarmEvaluation {
  state: AlarmState;
  notify: AlarmNotification[];
  active: AlarmView[];
}

/** Resolved thresholds: mg/dL for levels, mg/dL per minute for rates, minutes for no data. */
export type AlarmThresholds = Record<AlarmKind, number>;

import type { UiLocale } from '../../../common/i18n/languages';
import { createTranslator } from '../../../common/i18n/catalogs';
import type { AlarmKind, AlarmView } from '../../../common/alarms';
import type { Settings } from '../../../common/settings';
import { isStale } from '../../../common/glucose/staleness';
import {
  evaluateAlarms,
  initialAlarmState,
  snoozeAlarm,
  type AlarmNotification,
  type AlarmState,
} from '../alarms';
import { notificationForPrivacy } from '../alarms/notification-privacy';
import { ratePerMinute } from '../glucose/delta';
import type { Reading } from '../glucose/reading';
import type { Patient } from '../llu/types';
import { patientName } from '../snapshot/patient-choice';

/**
 * The alarm state between evaluations, as plain data: per patient (so switching the tray's
 * patient does not forget a snooze), the alarms to show, a pause, and the notifications the
 * latest evaluation decided on (`outbox`, already worded for privacy mode; the app shell hands
 * them to the notifier).
 */
export interface AlarmBook {
  byPatient: Readonly<Record<string, AlarmState>>;
  /** The patient last evaluated: snoozes apply to them. */
  focus: string | null;
  active: readonly AlarmView[];
  pausedUntil: number | null;
  outbox: readonly AlarmNotification[];
}

export const emptyAlarmBook: AlarmBook = {
  byPatient: {},
  focus: null,
  active: [],
  pausedUntil: null,
  outbox: [],
};

export interface AlarmCheck {
  now: number;
  patient: Patient;
  /** The patient's recent readings, oldest first. */
  recent: readonly Reading[];
  isNewReading: boolean;
  settings: Settings;
  localMinutesOfDay: number;
  /** The language of the alarm's words (the snapshot's locale); English when absent. */
  locale?: UiLocale;
}

/** Runs the alarm rules for one patient; what they decide to announce lands in `outbox`. */
export function checkAlarms(book: AlarmBook, check: AlarmCheck): AlarmBook {
  const { patient, recent, now, settings } = check;
  const i18n = createTranslator(check.locale);
  const latest = recent.at(-1) ?? patient.latest;
  const result = evaluateAlarms(book.byPatient[patient.id] ?? initialAlarmState(), {
    now,
    latest,
    isNewReading: check.isNewReading,
    deltaRatePerMinute: latest ? ratePerMinute(recent, latest) : null,
    stale: latest ? isStale(latest, now, settings.staleAfterMinutes) : true,
    settings: settings.alarms,
    quietHours: settings.quietHours,
    localMinutesOfDay: check.localMinutesOfDay,
    pausedUntil: book.pausedUntil,
    patientLevels: { targets: patient.targets, alarmLevels: patient.alarmLevels },
    units: settings.units,
    i18n,
    patient: { id: patient.id, name: patientName(patient) },
  });
  return {
    ...book,
    byPatient: { ...book.byPatient, [patient.id]: result.state },
    focus: patient.id,
    active: result.active,
    outbox: result.notify.map((n) => notificationForPrivacy(n, settings.privacyMode, i18n)),
  };
}

export function snoozeAlarms(book: AlarmBook, kind: AlarmKind | 'all', until: number): AlarmBook {
  const { focus } = book;
  if (focus === null) return book;
  return {
    ...book,
    byPatient: {
      ...book.byPatient,
      [focus]: snoozeAlarm(book.byPatient[focus] ?? initialAlarmState(), kind, until),
    },
    active: book.active.map((a) =>
      kind === 'all' || a.kind === kind ? { ...a, snoozedUntil: until } : a,
    ),
  };
}

/** The pause as views show it: null once it has run out. */
export function pausedUntilAt(book: Pick<AlarmBook, 'pausedUntil'>, now: number): number | null {
  return book.pausedUntil !== null && book.pausedUntil > now ? book.pausedUntil : null;
}

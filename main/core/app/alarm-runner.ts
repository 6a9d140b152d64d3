import type { AlarmKind, AlarmView } from '../../../common/alarms';
import type { Settings } from '../../../common/settings';
import { evaluateAlarms, initialAlarmState, snoozeAlarm, type AlarmState } from '../alarms';
import { notificationForPrivacy } from '../alarms/notification-privacy';
import { ratePerMinute } from '../glucose/delta';
import type { Reading } from '../glucose/reading';
import { isStale } from '../../../common/glucose/staleness';
import type { Patient } from '../llu/types';
import type { Logger, Notifier } from '../ports';
import { patientName } from '../snapshot/build-snapshot';

export interface AlarmRunInput {
  now: number;
  patient: Patient;
  /** The patient's recent readings, oldest first. */
  recent: readonly Reading[];
  isNewReading: boolean;
  settings: Settings;
  localMinutesOfDay: number;
}

/**
 * Holds the alarm state between evaluations (per patient, so switching the tray's patient does
 * not forget a snooze) and hands what the pure rules decide to the notifier.
 */
export function createAlarmRunner(deps: { notifier: Notifier; logger: Logger }) {
  const states = new Map<string, AlarmState>();
  let focus: string | null = null;
  let active: AlarmView[] = [];
  let pausedUntil: number | null = null;

  return {
    evaluate(input: AlarmRunInput): void {
      const { patient, recent, now } = input;
      focus = patient.id;
      const latest = recent.at(-1) ?? patient.latest;
      const stale = latest ? isStale(latest, now, input.settings.staleAfterMinutes) : true;
      const result = evaluateAlarms(states.get(patient.id) ?? initialAlarmState(), {
        now,
        latest,
        isNewReading: input.isNewReading,
        deltaRatePerMinute: latest ? ratePerMinute(recent, latest) : null,
        stale,
        settings: input.settings.alarms,
        quietHours: input.settings.quietHours,
        localMinutesOfDay: input.localMinutesOfDay,
        pausedUntil,
        patientLevels: { targets: patient.targets, alarmLevels: patient.alarmLevels },
        units: input.settings.units,
        patient: { id: patient.id, name: patientName(patient) },
      });
      states.set(patient.id, result.state);
      active = result.active;
      for (const notification of result.notify) {
        deps.logger.info('alarm', { kind: notification.kind });
        deps.notifier.notify(notificationForPrivacy(notification, input.settings.privacyMode));
      }
    },
    snooze(kind: AlarmKind | 'all', until: number): void {
      if (focus === null) return;
      states.set(focus, snoozeAlarm(states.get(focus) ?? initialAlarmState(), kind, until));
      active = active.map((a) =>
        kind === 'all' || a.kind === kind ? { ...a, snoozedUntil: until } : a,
      );
    },
    pause(until: number | null): void {
      pausedUntil = until;
    },
    pausedUntil(now: number): number | null {
      return pausedUntil !== null && pausedUntil > now ? pausedUntil : null;
    },
    active: (): AlarmView[] => active,
  };
}

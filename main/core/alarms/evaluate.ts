import type { AlarmKind, AlarmView } from '../../../common/alarms';
import { alarmConditions } from './conditions';
import { resolveThresholds } from './defaults';
import { alarmMessage, alarmTitle } from './messages';
import type { MessageContext } from './messages';
import { isWithinQuietHours } from './quiet-hours';
import { owe, updateSnoozes } from './snooze';
import { ALARM_KINDS } from './types';
import type {
  AlarmEvaluation,
  AlarmEvent,
  AlarmInput,
  AlarmNotification,
  AlarmState,
} from './types';

/**
 * A glucose alarm that clears and returns within 15 minutes is the same episode: it shows again
 * but does not notify again. Without this, glucose wobbling around a threshold (69, 71, 69 …)
 * would notify every minute or two.
 */
export const ALARM_REARM_MINUTES = 15;
const REARM_MS = ALARM_REARM_MINUTES * 60_000;

/**
 * An urgent low that lasts is announced again at this interval until it ends or is snoozed:
 * one notice is easy to miss (asleep, away from the screen), and a follower may be the only
 * one who can help.
 */
export const URGENT_LOW_REMINDER_MINUTES = 15;
const REMINDER_MS = URGENT_LOW_REMINDER_MINUTES * 60_000;

/** Kinds that quiet hours and a pause never hold back (see evaluateAlarms). */
const URGENT_KINDS: readonly AlarmKind[] = ['urgentLow', 'urgentLowSoon'];

/**
 * The next episode of one kind. A new glucose episode starts only on a new reading: re-evaluating
 * a reading that was already judged (a settings change, a wake-up poll with no new data) may keep
 * or end an episode but never starts one. No-data episodes end as soon as data comes back.
 */
function nextEvent(
  prev: AlarmEvent | undefined,
  kind: AlarmKind,
  holds: boolean,
  input: AlarmInput,
): AlarmEvent | undefined {
  const { now } = input;
  const continues =
    prev !== undefined && (kind === 'noData' ? prev.active : now - prev.lastTrueAt <= REARM_MS);
  if (holds) {
    if (continues) return { ...prev, active: true, lastTrueAt: now };
    if (kind === 'noData' || input.isNewReading) {
      return { since: now, active: true, lastTrueAt: now, notifiedAt: null };
    }
    return undefined;
  }
  return continues && kind !== 'noData' ? { ...prev, active: false } : undefined;
}

/**
 * One evaluation: previous state and current facts in, next state, notices and active list out.
 *
 * Notification rules:
 * - an episode is notified once, when it starts, unless something below holds it back; a held
 *   back notice stays owed and goes out when nothing holds it back any more while the alarm is
 *   still active (end of quiet hours, pause or snooze);
 * - a snooze is per kind; its end, or a cancellation because things got worse, re-notifies;
 * - quiet hours and a pause hold back everything except urgent low. Urgent low (≤ 55 mg/dL by
 *   default, LO) can need action within minutes, and a pause is usually meant for "not now"
 *   alarms; silencing urgent low takes an explicit snooze of that alarm, which a further fall of
 *   10 mg/dL cancels;
 * - urgent low soon (a 20-minute projection, low-soon.ts) is held back like urgent low: only by
 *   its own snooze;
 * - while urgent low is active, low and urgent low soon are folded into it (neither shown nor
 *   notified separately);
 * - an urgent low that is still active and not snoozed is announced again every 15 minutes.
 */
export function evaluateAlarms(previous: AlarmState, input: AlarmInput): AlarmEvaluation {
  const { now, latest } = input;
  const thresholds = resolveThresholds(input.settings, input.patientLevels);
  const holds = alarmConditions(input, thresholds);
  const events: Partial<Record<AlarmKind, AlarmEvent>> = {};
  for (const kind of ALARM_KINDS) {
    const next = nextEvent(previous.events[kind], kind, holds[kind], input);
    if (next !== undefined) events[kind] = next;
  }

  const urgentLowStarted =
    events.urgentLow?.active === true && previous.events.urgentLow?.active !== true;
  const fresh = latest !== null && !input.stale ? latest : null;
  const { snoozes, released } = updateSnoozes(previous.snoozes, now, fresh, urgentLowStarted);
  for (const kind of released) {
    const owed = owe(events[kind]);
    if (owed !== undefined) events[kind] = owed;
  }

  const paused = input.pausedUntil !== null && input.pausedUntil > now;
  const quiet = isWithinQuietHours(input.quietHours, input.localMinutesOfDay);
  // Urgent low soon follows urgent low's rules: it exists to wake someone before it is urgent.
  const heldBack = (kind: AlarmKind): boolean =>
    snoozes[kind] !== undefined || (!URGENT_KINDS.includes(kind) && (paused || quiet));
  const urgentLowActive = events.urgentLow?.active === true;
  const visible = (kind: AlarmKind): boolean =>
    events[kind]?.active === true &&
    !((kind === 'low' || kind === 'urgentLowSoon') && urgentLowActive);

  const context: MessageContext = {
    now,
    latest,
    rate: input.deltaRatePerMinute,
    thresholds,
    units: input.units,
    i18n: input.i18n,
  };
  const notify: AlarmNotification[] = [];
  const active: AlarmView[] = [];
  for (const kind of ALARM_KINDS) {
    const event = events[kind];
    if (event === undefined || !visible(kind)) continue;
    const message = alarmMessage(kind, context);
    const reminderDue =
      kind === 'urgentLow' && event.notifiedAt !== null && now - event.notifiedAt >= REMINDER_MS;
    if ((event.notifiedAt === null || reminderDue) && !heldBack(kind)) {
      notify.push(notification(kind, message, input));
      events[kind] = { ...event, notifiedAt: now };
    }
    active.push({ kind, message, since: event.since, snoozedUntil: snoozes[kind]?.until ?? null });
  }

  // A low hidden under a notified urgent low has been told about; don't announce it on recovery.
  const low = events.low;
  const urgentNotifiedAt = events.urgentLow?.notifiedAt ?? null;
  if (low?.active && urgentLowActive && low.notifiedAt === null && urgentNotifiedAt !== null) {
    events.low = { ...low, notifiedAt: urgentNotifiedAt };
  }

  return {
    state: { events, snoozes, lastMgdl: latest?.mgdl ?? previous.lastMgdl },
    notify,
    active,
  };
}

function notification(kind: AlarmKind, body: string, input: AlarmInput): AlarmNotification {
  const patient = input.patient ?? null;
  return {
    id: patient ? `glucobar-alarm:${patient.id}:${kind}` : `glucobar-alarm:${kind}`,
    kind,
    title: alarmTitle(kind, patient?.name, input.i18n),
    body,
    urgency: URGENT_KINDS.includes(kind) ? 'critical' : 'normal',
  };
}

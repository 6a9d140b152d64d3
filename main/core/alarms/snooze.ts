import type { AlarmKind } from '../../../common/alarms';
import type { Reading } from '../glucose/reading';
import { ALARM_KINDS } from './types';
import type { AlarmEvent, AlarmSnooze, AlarmState } from './types';

/** A snoozed level alarm wakes up again once glucose has gone this much further the bad way. */
export const SNOOZE_WORSENING_MGDL = 10;

export function initialAlarmState(): AlarmState {
  return { events: {}, snoozes: {}, lastMgdl: null };
}

/**
 * Snoozes one kind, or with 'all' every kind active right now (what the person sees; it does not
 * pre-silence alarms that have not started: that is what pausing is for). The glucose value of
 * the latest evaluation is kept as the baseline for "worse". A snooze that ends while its alarm
 * is still active re-notifies; `until` in the past therefore means "unsnooze".
 */
export function snoozeAlarm(state: AlarmState, kind: AlarmKind | 'all', until: number): AlarmState {
  const kinds =
    kind === 'all' ? ALARM_KINDS.filter((k) => state.events[k]?.active === true) : [kind];
  const snoozes = { ...state.snoozes };
  for (const k of kinds) snoozes[k] = { until, referenceMgdl: state.lastMgdl };
  return { ...state, snoozes };
}

/**
 * Whether things got worse than when the snooze was set. Low, urgent low soon and urgent low: glucose 10 mg/dL
 * or more below the baseline; high: 10 or more above it. Rapid-change and no-data snoozes only
 * run out: a rapid change moves glucose by 10 mg/dL within minutes by definition (so this rule
 * would undo every such snooze), and the level alarms, with their own snoozes, cover where a
 * rapid fall leads.
 */
function worsened(kind: AlarmKind, referenceMgdl: number | null, mgdl: number): boolean {
  if (referenceMgdl === null) return false;
  if (kind === 'low' || kind === 'urgentLow' || kind === 'urgentLowSoon') {
    return mgdl <= referenceMgdl - SNOOZE_WORSENING_MGDL;
  }
  if (kind === 'high') return mgdl >= referenceMgdl + SNOOZE_WORSENING_MGDL;
  return false;
}

export interface SnoozeUpdate {
  snoozes: Partial<Record<AlarmKind, AlarmSnooze>>;
  /** Kinds whose snooze ended or was cancelled: an active alarm of these is owed a notice. */
  released: AlarmKind[];
}

/**
 * Expires and cancels snoozes. A low snooze is also cancelled when urgent low starts: going from
 * low to urgent low is the clearest "worse" there is. `fresh` is the current, non-stale reading
 * (or null): worsening is only judged on current data.
 */
export function updateSnoozes(
  snoozes: Partial<Record<AlarmKind, AlarmSnooze>>,
  now: number,
  fresh: Reading | null,
  urgentLowStarted: boolean,
): SnoozeUpdate {
  const kept: Partial<Record<AlarmKind, AlarmSnooze>> = {};
  const released: AlarmKind[] = [];
  for (const kind of ALARM_KINDS) {
    const snooze = snoozes[kind];
    if (snooze === undefined) continue;
    const referenceMgdl = snooze.referenceMgdl ?? fresh?.mgdl ?? null;
    const cancelled =
      (fresh !== null && worsened(kind, referenceMgdl, fresh.mgdl)) ||
      (kind === 'low' && urgentLowStarted);
    if (snooze.until <= now || cancelled) released.push(kind);
    else kept[kind] = { until: snooze.until, referenceMgdl };
  }
  return { snoozes: kept, released };
}

/** The event with its notification owed again (for alarms released from a snooze). */
export function owe(event: AlarmEvent | undefined): AlarmEvent | undefined {
  return event?.active ? { ...event, notifiedAt: null } : event;
}

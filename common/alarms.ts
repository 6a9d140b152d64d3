/** The alarm kinds and an alarm as views show it. */

/** Every alarm kind, most severe first (the order of notifications and of the active list). */
export const ALARM_KINDS = [
  'urgentLow',
  // A projection (not a measurement) of urgent low within 20 minutes: main/core/alarms/low-soon.ts.
  'urgentLowSoon',
  'low',
  'high',
  'rapidFall',
  'rapidRise',
  'noData',
] as const;

export type AlarmKind = (typeof ALARM_KINDS)[number];

export interface AlarmView {
  kind: AlarmKind;
  message: string;
  since: number;
  snoozedUntil: number | null;
}

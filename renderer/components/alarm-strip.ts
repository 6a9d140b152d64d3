// Active alarms main decided on, each with a snooze. In privacy mode an alarm says only that
// there is one: main's message carries the value, and the kind ("Low", "High"), its colour or
// its urgent border would tell what the masked number is. A no-data alarm says nothing about
// glucose, so it keeps its name.
import type { AlarmKind, AlarmView, Snapshot } from '../../preload/contract';
import { h, replaceChildren } from '../dom';
import { formatWhen } from '../format/time';
import type { Component } from './component';

const KIND_WORDS: Record<AlarmKind, string> = {
  urgentLow: 'Urgent low',
  urgentLowSoon: 'Urgent low soon (projected)',
  low: 'Low',
  high: 'High',
  rapidFall: 'Falling fast',
  rapidRise: 'Rising fast',
  noData: 'No data',
};

/** What an alarm is called in privacy mode, whatever its kind. */
const HIDDEN_ALARM_WORDS = 'Glucose alarm';

export const SNOOZE_MINUTES = 30;

/** Whether privacy mode hides this alarm's kind (all but no-data, which tells no glucose). */
function kindHidden(kind: AlarmKind, privacy: boolean): boolean {
  return privacy && kind !== 'noData';
}

/** "Low alarm", or "Glucose alarm" when privacy mode hides the kind. */
export function alarmName(kind: AlarmKind, privacy: boolean): string {
  return kindHidden(kind, privacy) ? HIDDEN_ALARM_WORDS : `${KIND_WORDS[kind]} alarm`;
}

function alarmRow(
  alarm: AlarmView,
  privacy: boolean,
  snooze: (kind: AlarmKind, minutes: number) => void,
): HTMLElement {
  const now = Date.now();
  const snoozed = alarm.snoozedUntil !== null && alarm.snoozedUntil > now;
  const hidden = kindHidden(alarm.kind, privacy);
  const name = alarmName(alarm.kind, privacy);
  const text = privacy ? name : alarm.message;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      // Starts with the visible text, so speech control ("click Snooze 30 min") finds it.
      'aria-label': `Snooze ${SNOOZE_MINUTES} min: ${name}`,
    },
    `Snooze ${SNOOZE_MINUTES} min`,
  );
  button.addEventListener('click', () => snooze(alarm.kind, SNOOZE_MINUTES));
  return h(
    'li',
    // The kind styles the row (colour, urgent border): not when it is hidden.
    { class: 'alarm', 'data-kind': hidden ? 'hidden' : alarm.kind },
    h(
      'span',
      { class: 'alarm-text' },
      // A projection names itself first, so it is never read as a measured urgent low.
      alarm.kind === 'urgentLowSoon' && !privacy
        ? h('strong', { class: 'alarm-kind' }, `${KIND_WORDS[alarm.kind]}: `)
        : null,
      text,
    ),
    snoozed && alarm.snoozedUntil !== null
      ? h(
          'span',
          { class: 'alarm-snoozed', 'data-time': '' },
          `snoozed until ${formatWhen(alarm.snoozedUntil, now)}`,
        )
      : button,
  );
}

export function createAlarmStrip(
  snapshot: Snapshot,
  snooze: (kind: AlarmKind, minutes: number) => void,
): Component<Snapshot> {
  const el = h('ul', { class: 'alarms', 'aria-label': 'Active alarms' });
  let shown = '';
  function update(next: Snapshot): void {
    el.hidden = next.alarms.length === 0;
    const key = JSON.stringify([next.alarms, next.privacy]);
    if (key === shown) return;
    shown = key;
    replaceChildren(el, ...next.alarms.map((a) => alarmRow(a, next.privacy, snooze)));
  }
  update(snapshot);
  return { el, update, destroy: () => el.remove() };
}

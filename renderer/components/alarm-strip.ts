// Active alarms main decided on, each with a snooze; in privacy mode only the kind is named,
// because main's message may carry the value.
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

export const SNOOZE_MINUTES = 30;

export function alarmKindWords(kind: AlarmKind): string {
  return KIND_WORDS[kind];
}

function alarmRow(
  alarm: AlarmView,
  privacy: boolean,
  snooze: (kind: AlarmKind, minutes: number) => void,
): HTMLElement {
  const now = Date.now();
  const snoozed = alarm.snoozedUntil !== null && alarm.snoozedUntil > now;
  const text = privacy ? `${KIND_WORDS[alarm.kind]} alarm` : alarm.message;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      // Starts with the visible text, so speech control ("click Snooze 30 min") finds it.
      'aria-label': `Snooze ${SNOOZE_MINUTES} min: ${KIND_WORDS[alarm.kind]} alarm`,
    },
    `Snooze ${SNOOZE_MINUTES} min`,
  );
  button.addEventListener('click', () => snooze(alarm.kind, SNOOZE_MINUTES));
  return h(
    'li',
    { class: 'alarm', 'data-kind': alarm.kind },
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

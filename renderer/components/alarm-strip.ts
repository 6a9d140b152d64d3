// Active alarms main decided on, each with a snooze. In privacy mode an alarm says only that
// there is one: main's message carries the value, and the kind ("Low", "High"), its colour or
// its urgent border would tell what the masked number is. A no-data alarm says nothing about
// glucose, so it keeps its name.
import type { AlarmKind, AlarmView, Snapshot } from '../../preload/contract';
import { h, replaceChildren } from '../dom';
import { formatWhen } from '../format/time';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Component } from './component';

export const SNOOZE_MINUTES = 30;

/** Whether privacy mode hides this alarm's kind (all but no-data, which tells no glucose). */
function kindHidden(kind: AlarmKind, privacy: boolean): boolean {
  return privacy && kind !== 'noData';
}

/** "Low alarm", or "Glucose alarm" when privacy mode hides the kind. */
export function alarmName(
  kind: AlarmKind,
  privacy: boolean,
  i18n: Translator = ENGLISH_WORDS,
): string {
  return kindHidden(kind, privacy)
    ? i18n.t('alarmStrip.hidden')
    : i18n.t(`alarmStrip.name.${kind}`);
}

function alarmRow(
  alarm: AlarmView,
  privacy: boolean,
  snooze: (kind: AlarmKind, minutes: number) => void,
  i18n: Translator,
): HTMLElement {
  const now = Date.now();
  const snoozed = alarm.snoozedUntil !== null && alarm.snoozedUntil > now;
  const hidden = kindHidden(alarm.kind, privacy);
  const name = alarmName(alarm.kind, privacy, i18n);
  const text = privacy ? name : alarm.message;
  const snoozeWords = i18n.t('alarmStrip.snooze', { minutes: SNOOZE_MINUTES });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      // Starts with the visible text, so speech control ("click Snooze 30 min") finds it.
      'aria-label': `${snoozeWords}: ${name}`,
    },
    snoozeWords,
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
        ? h('strong', { class: 'alarm-kind' }, `${i18n.t('alarmTitle.urgentLowSoon')}: `)
        : null,
      text,
    ),
    snoozed && alarm.snoozedUntil !== null
      ? h(
          'span',
          { class: 'alarm-snoozed', 'data-time': '' },
          i18n.t('alarmStrip.snoozedUntil', {
            time: formatWhen(alarm.snoozedUntil, now, i18n.locale),
          }),
        )
      : button,
  );
}

export function createAlarmStrip(
  snapshot: Snapshot,
  snooze: (kind: AlarmKind, minutes: number) => void,
  i18n: Translator,
): Component<Snapshot> {
  const el = h('ul', { class: 'alarms', 'aria-label': i18n.t('alarmStrip.label') });
  let shown = '';
  function update(next: Snapshot): void {
    el.hidden = next.alarms.length === 0;
    const key = JSON.stringify([next.alarms, next.privacy]);
    if (key === shown) return;
    shown = key;
    replaceChildren(el, ...next.alarms.map((a) => alarmRow(a, next.privacy, snooze, i18n)));
  }
  update(snapshot);
  return { el, update, destroy: () => el.remove() };
}

// Alarm rows: on/off and threshold. Thresholds are shown in the chosen unit and always sent in
// mg/dL (format/units.ts), because main stores and compares mg/dL only.
import type { Settings, SettingsPatch, Units } from '../../preload/contract';
import { h } from '../dom';
import { formatGlucose, formatRate, toMgdl } from '../../common/glucose/units';
import type { UiLocale } from '../../common/i18n/languages';
import type { Translator } from '../../common/i18n/translate';

type AlarmKey = keyof Settings['alarms'];
type Measure = 'level' | 'rate' | 'minutes';

const ROWS: ReadonlyArray<[AlarmKey, Measure]> = [
  ['urgentLow', 'level'],
  ['low', 'level'],
  ['high', 'level'],
  ['rapidFall', 'rate'],
  ['rapidRise', 'rate'],
  ['noData', 'minutes'],
];

function unitLabel(measure: Measure, unit: Units): string {
  return measure === 'minutes' ? 'min' : measure === 'rate' ? `${unit}/min` : unit;
}

/** The threshold as the input shows it (`3,9` where the locale writes a decimal comma). */
export function thresholdText(
  mgdl: number,
  measure: Measure,
  unit: Units,
  locale?: UiLocale,
): string {
  if (measure === 'minutes') return String(mgdl);
  return measure === 'rate' ? formatRate(mgdl, unit, locale) : formatGlucose(mgdl, unit, locale);
}

/** Parses what was typed (comma or point decimals) back to the stored value, or null if invalid. */
export function parseThreshold(text: string, measure: Measure, unit: Units): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) return null;
  if (measure === 'minutes') return Math.round(value);
  return toMgdl(value, unit, measure === 'rate' ? 1 : 0);
}

export interface AlarmRows {
  el: HTMLElement;
  update(settings: Settings, unit: Units): void;
}

export function createAlarmRows(
  save: (patch: SettingsPatch) => void,
  report: (message: string) => void,
  i18n: Translator,
): AlarmRows {
  let settings: Settings | null = null;
  let unit: Units = 'mg/dL';
  const rows = ROWS.map(([key, measure]) => {
    const label = i18n.t(`alarms.${key}`);
    const toggle = h('input', { type: 'checkbox', id: `alarm-${key}` });
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      id: `alarm-${key}-threshold`,
      class: 'threshold',
      size: '5',
    });
    const unitEl = h('span', { class: 'unit-label' });
    const send = (enabled: boolean, threshold: number) =>
      save({ alarms: { [key]: { enabled, threshold } } });
    toggle.addEventListener('change', () => {
      if (settings) send(toggle.checked, settings.alarms[key].threshold);
    });
    input.addEventListener('change', () => {
      if (!settings) return;
      const threshold = parseThreshold(input.value, measure, unit);
      if (threshold === null) {
        report(i18n.t('alarms.invalid', { label }));
        input.value = thresholdText(settings.alarms[key].threshold, measure, unit, i18n.locale);
        return;
      }
      send(settings.alarms[key].enabled, threshold);
    });
    const el = h(
      'div',
      { class: 'alarm-row' },
      toggle,
      h('label', { for: `alarm-${key}` }, label),
      input,
      unitEl,
    );
    return { key, label, measure, toggle, input, unitEl, el };
  });

  return {
    el: h(
      'fieldset',
      { class: 'alarm-rows' },
      h('legend', {}, i18n.t('alarms.legend')),
      ...rows.map((r) => r.el),
    ),
    update(next, nextUnit) {
      settings = next;
      unit = nextUnit;
      for (const row of rows) {
        const alarm = next.alarms[row.key];
        row.toggle.checked = alarm.enabled;
        const shownUnit = unitLabel(row.measure, nextUnit);
        row.unitEl.textContent = shownUnit;
        row.input.setAttribute('aria-label', `${row.label} (${shownUnit})`);
        // Never overwrite what someone is typing.
        if (document.activeElement !== row.input) {
          row.input.value = thresholdText(alarm.threshold, row.measure, nextUnit, i18n.locale);
        }
      }
    },
  };
}

// Settings: every control saves at once through updateSettings; main validates and answers
// with the settings it actually stored, which are then shown (and pushed via onSettings).
import type { Result, Settings, SettingsPatch, UnitsPreference } from '../../preload/contract';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '../../common/i18n/languages';
import type { MessageKey, Translator } from '../../common/i18n/translate';
import { h, setText } from '../dom';
import { primaryUnit } from '../../common/glucose/units';
import type { Component } from './component';
import { createAlarmRows } from './settings-alarms';
import { createSensorSettings } from './settings-sensor';

export interface SettingsActions {
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  signOut(): void;
  quit(): void;
}

/** Unit symbols are the same in every language; only "Both" is a word. */
const UNIT_CHOICES: ReadonlyArray<[UnitsPreference, (i18n: Translator) => string, string]> = [
  ['mg/dL', () => 'mg/dL', 'units-mgdl'],
  ['mmol/L', () => 'mmol/L', 'units-mmol'],
  ['both', (i18n) => i18n.t('units.both'), 'units-both'],
];

type Toggle = 'launchAtLogin' | 'keepPopoverPinned' | 'privacyMode' | 'rememberWithoutKeyStore';
const TOGGLES: ReadonlyArray<[Toggle, MessageKey]> = [
  ['launchAtLogin', 'settings.launchAtLogin'],
  ['keepPopoverPinned', 'settings.keepPopoverPinned'],
  ['privacyMode', 'settings.privacyMode'],
  ['rememberWithoutKeyStore', 'settings.rememberWithoutKeyStore'],
];

/**
 * The language choice: each language named in itself (a person who cannot read the current
 * language still finds their own), 'system' in the current one.
 */
function languageSelect(i18n: Translator, save: (patch: SettingsPatch) => void) {
  const options = LANGUAGE_SETTINGS.map((value) =>
    h(
      'option',
      { value },
      value === 'system' ? i18n.t('language.system') : i18n.t(`language.${value}`),
    ),
  );
  const select = h('select', { id: 'setting-language' }, ...options);
  select.addEventListener('change', () => save({ language: select.value as LanguageSetting }));
  const el = h(
    'div',
    { class: 'language' },
    h('label', { for: 'setting-language' }, i18n.t('language.label')),
    select,
  );
  return { el, select };
}

function checkbox(id: string, label: string): { input: HTMLInputElement; el: HTMLElement } {
  const input = h('input', { type: 'checkbox', id });
  return { input, el: h('div', { class: 'check' }, input, h('label', { for: id }, label)) };
}

export function createSettingsView(
  settings: Settings | null,
  actions: SettingsActions,
  i18n: Translator,
): Component<Settings | null> {
  const { t } = i18n;
  const status = h('p', { class: 'form-status', role: 'status' });
  let shown: Settings | null = null;
  const save = (patch: SettingsPatch) => {
    setText(status, t('settings.saving'));
    void actions.updateSettings(patch).then((result) => {
      setText(
        status,
        result.ok ? t('settings.saved') : t('settings.notSaved', { message: result.message }),
      );
      update(result.ok ? result.value : shown);
    });
  };

  const unitInputs = UNIT_CHOICES.map(([value, label, id]) => {
    const input = h('input', { type: 'radio', name: 'units', id, value });
    input.addEventListener('change', () => save({ units: value }));
    return { value, input, el: h('label', { class: 'choice' }, input, label(i18n)) };
  });
  const language = languageSelect(i18n, save);
  const alarms = createAlarmRows(save, (message) => setText(status, message), i18n);
  const sensor = createSensorSettings(save, (message) => setText(status, message), i18n);
  const quiet = checkbox('quiet-enabled', t('settings.quietHours'));
  const quietStart = h('input', {
    type: 'time',
    id: 'quiet-start',
    'aria-label': t('settings.quietStart'),
  });
  const quietEnd = h('input', {
    type: 'time',
    id: 'quiet-end',
    'aria-label': t('settings.quietEnd'),
  });
  quiet.input.addEventListener('change', () =>
    save({ quietHours: { enabled: quiet.input.checked } }),
  );
  quietStart.addEventListener('change', () => {
    if (quietStart.value) save({ quietHours: { start: quietStart.value } });
  });
  quietEnd.addEventListener('change', () => {
    if (quietEnd.value) save({ quietHours: { end: quietEnd.value } });
  });
  const toggles = TOGGLES.map(([key, label]) => {
    const box = checkbox(`setting-${key}`, t(label));
    box.input.addEventListener('change', () => save({ [key]: box.input.checked }));
    return { key, ...box };
  });
  const signOut = h('button', { type: 'button', class: 'secondary' }, t('settings.signOut'));
  signOut.addEventListener('click', () => actions.signOut());
  const quit = h('button', { type: 'button', class: 'secondary' }, t('menu.quit'));
  quit.addEventListener('click', () => actions.quit());
  const loading = h('p', {}, t('settings.loading'));

  const form = h(
    'form',
    { class: 'settings-form', 'aria-label': t('settings.title'), novalidate: true },
    h(
      'div',
      { class: 'settings-top' },
      h(
        'fieldset',
        { class: 'units' },
        h('legend', {}, t('units.title')),
        ...unitInputs.map((u) => u.el),
      ),
      language.el,
    ),
    alarms.el,
    h(
      'div',
      { class: 'quiet' },
      quiet.el,
      quietStart,
      h('span', {}, t('settings.quietTo')),
      quietEnd,
    ),
    ...toggles.map((t) => t.el),
    sensor.el,
    h('div', { class: 'actions' }, signOut, quit),
    status,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  const el = h('section', { class: 'settings' }, loading, form);

  function update(next: Settings | null): void {
    loading.hidden = next !== null;
    form.hidden = next === null;
    if (!next) return;
    shown = next;
    for (const u of unitInputs) u.input.checked = u.value === next.units;
    alarms.update(next, primaryUnit(next.units));
    quiet.input.checked = next.quietHours.enabled;
    if (document.activeElement !== quietStart) quietStart.value = next.quietHours.start;
    if (document.activeElement !== quietEnd) quietEnd.value = next.quietHours.end;
    for (const t of toggles) t.input.checked = next[t.key];
    sensor.update(next);
    if (document.activeElement !== language.select) language.select.value = next.language;
  }

  update(settings);
  return { el, update, destroy: () => el.remove() };
}

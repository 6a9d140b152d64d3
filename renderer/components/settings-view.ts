// Settings: every control saves at once through updateSettings; main validates and answers
// with the settings it actually stored, which are then shown (and pushed via onSettings).
import type { Result, Settings, SettingsPatch, UnitsPreference } from '../../preload/contract';
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

const UNIT_CHOICES: ReadonlyArray<[UnitsPreference, string, string]> = [
  ['mg/dL', 'mg/dL', 'units-mgdl'],
  ['mmol/L', 'mmol/L', 'units-mmol'],
  ['both', 'Both', 'units-both'],
];

type Toggle = 'launchAtLogin' | 'keepPopoverPinned' | 'privacyMode' | 'rememberWithoutKeyStore';
const TOGGLES: ReadonlyArray<[Toggle, string]> = [
  ['launchAtLogin', 'Start Glucobar when I log in'],
  ['keepPopoverPinned', 'Keep this window open when clicking elsewhere'],
  ['privacyMode', 'Privacy mode: hide all numbers (screen sharing)'],
  [
    'rememberWithoutKeyStore',
    'Without a system key store, still remember my password (obfuscated only)',
  ],
];

function checkbox(id: string, label: string): { input: HTMLInputElement; el: HTMLElement } {
  const input = h('input', { type: 'checkbox', id });
  return { input, el: h('div', { class: 'check' }, input, h('label', { for: id }, label)) };
}

export function createSettingsView(
  settings: Settings | null,
  actions: SettingsActions,
): Component<Settings | null> {
  const status = h('p', { class: 'form-status', role: 'status' });
  let shown: Settings | null = null;
  const save = (patch: SettingsPatch) => {
    setText(status, 'Saving…');
    void actions.updateSettings(patch).then((result) => {
      setText(status, result.ok ? 'Saved.' : `Not saved: ${result.message}`);
      update(result.ok ? result.value : shown);
    });
  };

  const unitInputs = UNIT_CHOICES.map(([value, label, id]) => {
    const input = h('input', { type: 'radio', name: 'units', id, value });
    input.addEventListener('change', () => save({ units: value }));
    return { value, input, el: h('label', { class: 'choice' }, input, label) };
  });
  const alarms = createAlarmRows(save, (message) => setText(status, message));
  const sensor = createSensorSettings(save, (message) => setText(status, message));
  const quiet = checkbox('quiet-enabled', 'Quiet hours');
  const quietStart = h('input', {
    type: 'time',
    id: 'quiet-start',
    'aria-label': 'Quiet hours start',
  });
  const quietEnd = h('input', { type: 'time', id: 'quiet-end', 'aria-label': 'Quiet hours end' });
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
    const box = checkbox(`setting-${key}`, label);
    box.input.addEventListener('change', () => save({ [key]: box.input.checked }));
    return { key, ...box };
  });
  const signOut = h('button', { type: 'button', class: 'secondary' }, 'Sign out');
  signOut.addEventListener('click', () => actions.signOut());
  const quit = h('button', { type: 'button', class: 'secondary' }, 'Quit Glucobar');
  quit.addEventListener('click', () => actions.quit());
  const loading = h('p', {}, 'Loading settings…');

  const form = h(
    'form',
    { class: 'settings-form', 'aria-label': 'Settings', novalidate: true },
    h('fieldset', { class: 'units' }, h('legend', {}, 'Units'), ...unitInputs.map((u) => u.el)),
    alarms.el,
    h('div', { class: 'quiet' }, quiet.el, quietStart, h('span', {}, 'to'), quietEnd),
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
  }

  update(settings);
  return { el, update, destroy: () => el.remove() };
}

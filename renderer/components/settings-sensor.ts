// The sensor's lifetime (14 days, or 15 for Plus sensors, which LibreLinkUp does not tell apart)
// and, folded away as advanced, the LibreLinkUp app version Glucobar announces. Main validates
// both (settings schema v4); a refused version is reported in the form's status line.
import type { Settings, SettingsPatch } from '../../preload/contract';
import { h } from '../dom';

const LIFETIMES: ReadonlyArray<[Settings['sensorLifetimeDays'], string]> = [
  [14, '14 days'],
  [15, '15 days (Plus sensors)'],
];

export interface SensorSettings {
  el: HTMLElement;
  update(settings: Settings): void;
}

export function createSensorSettings(
  save: (patch: SettingsPatch) => void,
  report: (message: string) => void,
): SensorSettings {
  const lifetimes = LIFETIMES.map(([days, label]) => {
    const input = h('input', {
      type: 'radio',
      name: 'sensor-lifetime',
      id: `sensor-lifetime-${days}`,
      value: String(days),
    });
    input.addEventListener('change', () => save({ sensorLifetimeDays: days }));
    return { days, input, el: h('label', { class: 'choice' }, input, label) };
  });
  const version = h('input', {
    type: 'text',
    id: 'llu-client-version',
    inputmode: 'decimal',
    spellcheck: 'false',
    size: '10',
  });
  let shown = '';
  version.addEventListener('change', () => {
    const typed = version.value.trim();
    if (typed === shown) return;
    if (!/^\d{1,4}(\.\d{1,4}){1,3}$/.test(typed)) {
      report('LibreLinkUp version: enter numbers with dots, like 4.17.0.');
      version.value = shown;
      return;
    }
    save({ lluClientVersion: typed });
  });
  const el = h(
    'div',
    { class: 'sensor-settings' },
    h(
      'fieldset',
      { class: 'units' },
      h('legend', {}, 'Sensor lasts'),
      ...lifetimes.map((l) => l.el),
    ),
    h(
      'details',
      { class: 'advanced' },
      h('summary', {}, 'Advanced'),
      h(
        'div',
        { class: 'check' },
        h('label', { for: 'llu-client-version' }, 'LibreLinkUp version to announce'),
        version,
      ),
      h(
        'p',
        { class: 'hint' },
        'Change only if LibreLinkUp asks for a newer app version and no Glucobar update is out yet.',
      ),
    ),
  );
  return {
    el,
    update(settings) {
      for (const l of lifetimes) l.input.checked = l.days === settings.sensorLifetimeDays;
      shown = settings.lluClientVersion;
      if (document.activeElement !== version) version.value = shown;
    },
  };
}

// The sensor's lifetime (14 days, or 15 for Plus sensors, which LibreLinkUp does not tell apart)
// and, folded away as advanced, the LibreLinkUp app version Glucobar announces. Main validates
// both (settings schema v4); a refused version is reported in the form's status line.
import type { Settings, SettingsPatch } from '../../preload/contract';
import { h } from '../dom';
import type { MessageKey, Translator } from '../../common/i18n/translate';

const LIFETIMES: ReadonlyArray<[Settings['sensorLifetimeDays'], MessageKey]> = [
  [14, 'sensorSettings.days14'],
  [15, 'sensorSettings.days15'],
];

export interface SensorSettings {
  el: HTMLElement;
  update(settings: Settings): void;
}

export function createSensorSettings(
  save: (patch: SettingsPatch) => void,
  report: (message: string) => void,
  i18n: Translator,
): SensorSettings {
  const lifetimes = LIFETIMES.map(([days, label]) => {
    const input = h('input', {
      type: 'radio',
      name: 'sensor-lifetime',
      id: `sensor-lifetime-${days}`,
      value: String(days),
    });
    input.addEventListener('change', () => save({ sensorLifetimeDays: days }));
    return { days, input, el: h('label', { class: 'choice' }, input, i18n.t(label)) };
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
      report(i18n.t('sensorSettings.versionInvalid'));
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
      h('legend', {}, i18n.t('sensorSettings.lasts')),
      ...lifetimes.map((l) => l.el),
    ),
    h(
      'details',
      { class: 'advanced' },
      h('summary', {}, i18n.t('sensorSettings.advanced')),
      h(
        'div',
        { class: 'check' },
        h('label', { for: 'llu-client-version' }, i18n.t('sensorSettings.version')),
        version,
      ),
      h('p', { class: 'hint' }, i18n.t('sensorSettings.versionHint')),
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

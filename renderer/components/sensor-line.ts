// One line about the sensor: days left, warming up (until when), or ended.
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import { sensorSentence } from '../../common/sensor/sensor-words';
import type { SensorView } from '../../preload/contract';
import { h, setText } from '../dom';
import { formatWhen } from '../format/time';
import type { Component } from './component';

/** The sentence for a sensor state (shared with the tray tooltip), or null when there is none. */
export function sensorText(
  sensor: SensorView | null,
  now: number,
  i18n: Translator = ENGLISH_WORDS,
): string | null {
  return sensorSentence(sensor, now, (ms, at) => formatWhen(ms, at, i18n.locale), i18n);
}

export function createSensorLine(
  sensor: SensorView | null,
  i18n: Translator,
): Component<SensorView | null> {
  const el = h('p', { class: 'sensor-line', 'data-time': '' });
  function update(next: SensorView | null): void {
    const text = sensorText(next, Date.now(), i18n);
    setText(el, text ?? '');
    el.hidden = text === null;
    el.dataset['state'] = next?.state ?? 'none';
  }
  update(sensor);
  return { el, update, destroy: () => el.remove() };
}

// One line about the sensor: days left, warming up (until when), or ended.
import { sensorSentence } from '../../common/sensor/sensor-words';
import type { SensorView } from '../../preload/contract';
import { h, setText } from '../dom';
import { formatWhen } from '../format/time';
import type { Component } from './component';

/** The sentence for a sensor state (shared with the tray tooltip), or null when there is none. */
export function sensorText(sensor: SensorView | null, now: number): string | null {
  return sensorSentence(sensor, now, formatWhen);
}

export function createSensorLine(sensor: SensorView | null): Component<SensorView | null> {
  const el = h('p', { class: 'sensor-line', 'data-time': '' });
  function update(next: SensorView | null): void {
    const text = sensorText(next, Date.now());
    setText(el, text ?? '');
    el.hidden = text === null;
    el.dataset['state'] = next?.state ?? 'none';
  }
  update(sensor);
  return { el, update, destroy: () => el.remove() };
}

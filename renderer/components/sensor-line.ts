// One line about the sensor: days left, warming up (until when), or ended.
import type { SensorView } from '../../preload/contract';
import { h, setText } from '../dom';
import { formatWhen } from '../format/time';
import type { Component } from './component';

/** The sentence for a sensor state, or null when there is nothing useful to say. */
export function sensorText(sensor: SensorView | null, now: number): string | null {
  if (!sensor) return null;
  switch (sensor.state) {
    case 'warmingUp':
      return sensor.warmupEndsAt !== null
        ? `Sensor warming up: readings start at ${formatWhen(sensor.warmupEndsAt, now)}`
        : 'Sensor warming up: readings start soon';
    case 'ended':
      return 'Sensor ended: no new readings until a new sensor is applied';
    case 'active':
      if (sensor.daysLeft === null) return 'Sensor active';
      if (sensor.daysLeft <= 0) return 'Sensor ends today';
      return `Sensor: ${sensor.daysLeft} ${sensor.daysLeft === 1 ? 'day' : 'days'} left`;
    case 'unknown':
      return null;
  }
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

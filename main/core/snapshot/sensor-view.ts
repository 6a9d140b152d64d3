import type { SensorView } from '../../../common/snapshot';
import type { SensorInfo } from '../llu/types';
import { sensorLifecycle, type LifecycleOptions } from '../sensor/lifecycle';
import { displaySerial } from '../sensor/serial';

/** The sensor as every view shows it (popover line, tray tooltip, CLI JSON). */
export function buildSensorView(
  sensor: SensorInfo | null,
  now: number,
  options: LifecycleOptions = {},
): SensorView | null {
  if (!sensor) return null;
  return { serial: displaySerial(sensor.serial), ...sensorLifecycle(sensor, now, options) };
}

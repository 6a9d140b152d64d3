import type { SensorView } from '../../../common/snapshot';
import type { SensorInfo } from '../llu/types';

const DAY_MS = 86_400_000;
/** Libre 2 and 3 sensors last 14 days; LibreLinkUp does not say which variant, so assume that. */
const SENSOR_LIFE_DAYS = 14;

export function buildSensorView(sensor: SensorInfo | null, now: number): SensorView | null {
  if (!sensor) return null;
  if (!Number.isFinite(sensor.activatedAt) || sensor.activatedAt <= 0) {
    return {
      serial: sensor.serial,
      state: 'unknown',
      activatedAt: null,
      daysLeft: null,
      warmupEndsAt: null,
      endsAt: null,
    };
  }
  const warmupEndsAt = sensor.activatedAt + sensor.warmupMinutes * 60_000;
  const endsAt = sensor.activatedAt + SENSOR_LIFE_DAYS * DAY_MS;
  const state = now < warmupEndsAt ? 'warmingUp' : now >= endsAt ? 'ended' : 'active';
  return {
    serial: sensor.serial,
    state,
    activatedAt: sensor.activatedAt,
    daysLeft: state === 'ended' ? 0 : Math.max(0, Math.ceil((endsAt - now) / DAY_MS)),
    warmupEndsAt,
    endsAt,
  };
}

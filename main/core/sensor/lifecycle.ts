/**
 * Where a sensor is in its life: warming up, active, ended, or unknown. LibreLinkUp gives the
 * activation time (`sensor.a`) and, usually, the warm-up length (`sensor.w`, 60 min for Libre 3);
 * it does not say whether a sensor lasts 14 or 15 days (Plus), so the lifetime comes from the
 * person's setting. When the warm-up length is missing, the sensor counts as warming up until
 * its first reading arrives, with no end time: a guessed countdown would be wrong for someone.
 */
import type { SensorInfo } from '../llu/types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
export const DEFAULT_SENSOR_LIFETIME_DAYS = 14;
/** Without a stated warm-up, a sensor this old without readings is not "warming up" any more. */
const LONGEST_WARMUP_MS = 2 * 60 * MINUTE_MS;

export type SensorState = 'warmingUp' | 'active' | 'ended' | 'unknown';

export interface SensorLifecycle {
  state: SensorState;
  activatedAt: number | null;
  warmupEndsAt: number | null;
  endsAt: number | null;
  /** Whole days left (rounded up), 0 once ended, null when unknown. */
  daysLeft: number | null;
}

export interface LifecycleOptions {
  /** 14 or 15 (Plus sensors); other values fall back to 14. */
  lifetimeDays?: number;
  /** Sensor time of the newest reading, if any. */
  newestReadingAt?: number | null;
}

const UNKNOWN: SensorLifecycle = {
  state: 'unknown',
  activatedAt: null,
  warmupEndsAt: null,
  endsAt: null,
  daysLeft: null,
};

export function sensorLifecycle(
  sensor: SensorInfo | null,
  now: number,
  options: LifecycleOptions = {},
): SensorLifecycle {
  if (!sensor || !Number.isFinite(sensor.activatedAt) || sensor.activatedAt <= 0) return UNKNOWN;
  const activatedAt = sensor.activatedAt;
  if (activatedAt > now + 5 * MINUTE_MS) return UNKNOWN; // a clock this far off says nothing
  const lifetime = options.lifetimeDays === 15 ? 15 : DEFAULT_SENSOR_LIFETIME_DAYS;
  const endsAt = activatedAt + lifetime * DAY_MS;
  const warmup = sensor.warmupMinutes;
  const warmupEndsAt =
    warmup !== null && Number.isFinite(warmup) && warmup >= 0
      ? activatedAt + warmup * MINUTE_MS
      : null;
  const readingSince = (options.newestReadingAt ?? -Infinity) >= activatedAt;
  const state: SensorState =
    now >= endsAt
      ? 'ended'
      : warmupEndsAt !== null
        ? now < warmupEndsAt
          ? 'warmingUp'
          : 'active'
        : !readingSince && now - activatedAt < LONGEST_WARMUP_MS
          ? 'warmingUp'
          : 'active';
  const daysLeft = state === 'ended' ? 0 : Math.max(0, Math.ceil((endsAt - now) / DAY_MS));
  return { state, activatedAt, warmupEndsAt, endsAt, daysLeft };
}

/** A new sensor: another serial or another activation time than before. */
export function sensorChanged(before: SensorInfo | null, after: SensorInfo | null): boolean {
  if (!before || !after) return false;
  return before.serial !== after.serial || before.activatedAt !== after.activatedAt;
}

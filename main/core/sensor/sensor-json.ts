/** The CLI's `sensor` JSON field (a public contract: README documents it). Times ISO-8601 UTC. */
import type { SensorView } from '../../../common/snapshot';

export interface SensorJson {
  state: SensorView['state'];
  activatedAt: string | null;
  endsAt: string | null;
  warmupEndsAt: string | null;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function sensorJson(sensor: SensorView | null): SensorJson {
  return {
    state: sensor?.state ?? 'unknown',
    activatedAt: iso(sensor?.activatedAt ?? null),
    endsAt: iso(sensor?.endsAt ?? null),
    warmupEndsAt: iso(sensor?.warmupEndsAt ?? null),
  };
}

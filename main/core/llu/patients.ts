/** LibreLinkUp connections → `Patient`. */
import type { Connection } from './schemas';
import type { Patient, SensorInfo } from './types';
import { toReading, unitsFromCode } from './readings';

/** Libre 2 and 3 sensors warm up for an hour; `sensor.w` says 60 in every sample. */
const DEFAULT_WARMUP_MINUTES = 60;

export function toPatient(connection: Connection): Patient {
  return {
    id: connection.patientId,
    connectionId: connection.id,
    firstName: connection.firstName ?? '',
    lastName: connection.lastName ?? '',
    targets: { lowMgdl: connection.targetLow, highMgdl: connection.targetHigh },
    units: unitsFromCode(connection.uom),
    sensor: toSensor(connection.sensor),
    latest: connection.glucoseMeasurement ? toReading(connection.glucoseMeasurement, 'live') : null,
    alarmLevels: alarmLevels(connection),
  };
}

function toSensor(sensor: Connection['sensor']): SensorInfo | null {
  if (!sensor) return null;
  return {
    serial: sensor.sn,
    activatedAt: sensor.a * 1000,
    warmupMinutes: sensor.w ?? DEFAULT_WARMUP_MINUTES,
    productType: sensor.pt ?? null,
  };
}

/** `alarmRules` first (the follower's own settings), then the patient device's levels. */
function alarmLevels(connection: Connection): Patient['alarmLevels'] {
  const rules = connection.alarmRules;
  const device = connection.patientDevice;
  return {
    lowMgdl: level(rules?.l, device?.ll, device?.l),
    highMgdl: level(rules?.h, device?.hl, device?.h),
    urgentLowMgdl: level(rules?.f, device?.fixedLowAlarmValues?.mgdl, null),
  };
}

type Rule = { th?: number | null; on?: boolean | null } | null | undefined;

function level(
  rule: Rule,
  deviceLevel: number | null | undefined,
  deviceOn: boolean | null | undefined,
): number | null {
  if (rule && rule.on !== false && typeof rule.th === 'number') return rule.th;
  if (rule?.on === false) return null;
  if (deviceOn === false) return null;
  return typeof deviceLevel === 'number' ? deviceLevel : null;
}

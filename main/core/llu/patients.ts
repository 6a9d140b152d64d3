/** LibreLinkUp connections → `Patient`. */
import type { Logger } from '../ports';
import { cleanServerText } from '../text/server-text';
import type { LluError } from './errors';
import { patientIds } from './patient-identity';
import {
  connectionSchema,
  fieldPath,
  malformedAnswer,
  parseAnswer,
  type Connection,
} from './schemas';
import type { Patient, SensorInfo } from './types';
import { toReading, unitsFromCode } from './readings';
import { z } from 'zod';

const listSchema = z.object({ data: z.array(z.unknown()) });

/**
 * The connections of a `/llu/connections` answer. One malformed connection is skipped and
 * logged (by index and field, never by content); the others are still shown. Only when every
 * connection is malformed is the answer unreadable.
 */
export function readConnections(body: unknown, logger: Logger): Connection[] {
  const items = parseAnswer(listSchema, body).data;
  const good: Connection[] = [];
  let firstError: LluError | null = null;
  items.forEach((item, index) => {
    const parsed = connectionSchema.safeParse(item);
    if (parsed.success) {
      good.push(parsed.data);
      return;
    }
    const field = `data[${index}].${fieldPath(parsed.error.issues[0]?.path ?? [])}`;
    logger.warn('llu: skipped a connection LibreLinkUp sent malformed', { index, field });
    firstError ??= malformedAnswer(field);
  });
  if (good.length === 0 && firstError !== null) throw firstError;
  return good;
}

/** Patients for a connection list, with ids kept apart where LibreLinkUp repeats one. */
export function toPatients(connections: readonly Connection[]): Patient[] {
  const ids = patientIds(connections);
  return connections.map((c, i) => ({ ...toPatient(c), id: ids[i] ?? c.patientId }));
}

export function toPatient(connection: Connection): Patient {
  return {
    id: connection.patientId,
    connectionId: connection.id,
    // Names are set by the followed person in their own account: never trusted as-is.
    firstName: cleanServerText(connection.firstName),
    lastName: cleanServerText(connection.lastName),
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
    serial: cleanServerText(sensor.sn, 32),
    activatedAt: sensor.a * 1000,
    // Unknown stays unknown: the view says "warming up" without inventing an end time.
    warmupMinutes: sensor.w ?? null,
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

/**
 * Hostile and odd LibreLinkUp payloads (made-up people, shapes per the captured samples): names
 * with terminal escapes and bidi overrides, readings dated in the future, values no sensor can
 * report, duplicate patient ids and a malformed connection. Used by tests and `npm run bench`.
 */
import { formatLluTimestamp } from '../../main/simulator/time-format';

export const HOSTILE_EMAIL = 'follower@example.org';
export const HOSTILE_PASSWORD = 'hostile-test-password-7f3e';
export const HOSTILE_USER_ID = '4d4d4d4d-1111-4111-8111-444444444444';

/** Names a followed person can set in their own account, each trying to fool a view. */
export const HOSTILE_NAMES = {
  /** Carriage return: a terminal overwrites the line with what follows. */
  carriageReturn: 'Ada\r40 mg/dL ↓↓ · now · Ada',
  /** A newline injects a fake value line above the real one in a tooltip. */
  newline: 'Ada\n40 mg/dL ↓↓ · now',
  /** CSI: clear the line and move the cursor; SGR: colours. */
  ansi: 'Ada\u001b[2K\u001b[1G\u001b[31m40 mg/dL\u001b[0m',
  /** OSC 8 hyperlink and OSC 0 window title, BEL- and ST-terminated. */
  osc: 'Ada\u001b]8;;https://evil.invalid\u0007click\u001b]8;;\u0007\u001b]0;pwned\u001b\\',
  /** C1 controls: CSI (U+009B) and NEL (U+0085). */
  c1: 'Ada\u009b2K\u0085Eve',
  /** Right-to-left override: "Ada 04" displays as "Ada 40". */
  bidi: 'Ada \u202e04\u202c \u2066x\u2069',
  /** Long enough to push every other field out of a tooltip or file name. */
  long: `Ada${'a'.repeat(5000)}`,
} as const;

export function lluTime(ms: number): string {
  return formatLluTimestamp(ms);
}

export interface ReadingSpec {
  time: number;
  mgdl: number;
  trend?: number;
  isHigh?: boolean;
  isLow?: boolean;
}

export function glucoseItem(spec: ReadingSpec): Record<string, unknown> {
  return {
    FactoryTimestamp: lluTime(spec.time),
    Timestamp: lluTime(spec.time),
    type: 1,
    ValueInMgPerDl: spec.mgdl,
    TrendArrow: spec.trend ?? 3,
    MeasurementColor: 1,
    GlucoseUnits: 1,
    Value: spec.mgdl,
    isHigh: spec.isHigh ?? false,
    isLow: spec.isLow ?? false,
  };
}

export interface ConnectionSpec {
  patientId: string;
  connectionId?: string;
  firstName?: string;
  lastName?: string;
  reading?: ReadingSpec | null;
}

export function connection(spec: ConnectionSpec): Record<string, unknown> {
  return {
    id: spec.connectionId ?? `c-${spec.patientId}`,
    patientId: spec.patientId,
    country: 'DE',
    status: 2,
    firstName: spec.firstName ?? 'Ada',
    lastName: spec.lastName ?? 'Example',
    targetLow: 70,
    targetHigh: 180,
    uom: 1,
    sensor: { deviceId: '', sn: '0E12345678', a: 1759900000, w: 60, pt: 4 },
    glucoseMeasurement: spec.reading ? glucoseItem(spec.reading) : null,
    patientDevice: { ll: 70, hl: 250, l: true, h: true, fixedLowAlarmValues: { mgdl: 60 } },
  };
}

/** A connection the schema must refuse (no patientId, targets as text). */
export function malformedConnection(): Record<string, unknown> {
  return { id: 'c-broken', firstName: 'Broken', targetLow: 'seventy', uom: 1 };
}

export function ticket(token: string, now: number): Record<string, unknown> {
  return { token, expires: Math.floor(now / 1000) + 180 * 86_400, duration: 15_552_000_000 };
}

export function loginBody(token: string, now: number): Record<string, unknown> {
  return {
    status: 0,
    data: {
      user: { id: HOSTILE_USER_ID, country: 'DE' },
      authTicket: ticket(token, now),
    },
  };
}

export function connectionsBody(list: unknown[]): Record<string, unknown> {
  return { status: 0, data: list };
}

export function graphBody(conn: unknown, items: ReadingSpec[]): Record<string, unknown> {
  return { status: 0, data: { connection: conn, graphData: items.map(glucoseItem) } };
}

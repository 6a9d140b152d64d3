/**
 * Who a simulated wearer is: ids, name, zone, units, targets, device and the constants of
 * their glucose curve. Everything not given explicitly is derived from the simulator seed and
 * a stable key, so ids and names survive a restart with the same seed.
 */
import type { Physiology } from '../glucose/day-plan';
import { createRandom, hash32, uuidFrom } from '../random';

export type SimUnits = 'mg/dL' | 'mmol/L';
export type DeviceKind = 'libre2' | 'libre3';

/** What a caller may pin down; the rest is derived from the seed. */
export interface PatientSpec {
  /** Patient id (`patientId`); a uuid derived from the seed when absent. */
  id?: string;
  firstName?: string;
  lastName?: string;
  /** IANA zone of the wearer's phone, e.g. `Europe/Berlin`. */
  timeZone?: string;
  /** ISO-2 country of the connection. */
  country?: string;
  units?: SimUnits;
  targetLow?: number;
  targetHigh?: number;
  /** Seed of the glucose curve; derived from the simulator seed when absent. */
  seed?: number;
  device?: DeviceKind;
  /** `none`: the wearer starts without a sensor (`sensor: null`, no readings). */
  sensor?: 'auto' | 'none';
}

export interface PatientProfile {
  id: string;
  connectionId: string;
  firstName: string;
  lastName: string;
  timeZone: string;
  country: string;
  units: SimUnits;
  targetLow: number;
  targetHigh: number;
  /** Low / high alarm levels of the wearer's app (`patientDevice.ll` / `hl`), mg/dL. */
  alarmLow: number;
  alarmHigh: number;
  device: { id: string; kind: DeviceKind; typeId: number; productType: number; version: string };
  physiology: Physiology;
  /** Second within the minute at which this wearer's readings are stamped (jitter ±1 s). */
  secondOffset: number;
  /** Minute residue (0–4) of the 5-minute graph points. */
  gridPhase: number;
  /** Minutes between one sensor's end and the next one's start. */
  sensorGapMinutes: number;
  /** How far into its 14 days the sensor is when the simulator starts, as a fraction. */
  sensorProgressAtStart: number;
  startsWithoutSensor: boolean;
  /** Epoch seconds the connection was created. */
  created: number;
  /** Optional fields real payloads sometimes omit; varied per wearer so clients meet both. */
  quirks: { omitAlarmRulesC: boolean; omitUploadTime: boolean; stdSd: boolean | null };
}

const FIRST_NAMES = (
  'Ada Ben Clara David Emma Felix Greta Hugo Ines Jonas Lena Mia Noah Olivia Paul Rosa Sam Tara ' +
  'Theo Zoe'
).split(' ');
const LAST_NAMES = (
  'Archer Becker Carter Dunn Evans Fischer Graham Hughes Klein Lang Morgan Novak Owens Price ' +
  'Reed Schmidt Turner Vogel Walsh Young'
).split(' ');
const ZONES: ReadonlyArray<[string, string]> = [
  ['Europe/Berlin', 'DE'],
  ['Europe/London', 'GB'],
  ['America/New_York', 'US'],
  ['Europe/Paris', 'FR'],
  ['Australia/Sydney', 'AU'],
];

const DEVICE_TYPES: Record<DeviceKind, { typeId: number; productType: number; version: string }> = {
  libre2: { typeId: 40067, productType: 3, version: '2.10.1.3411' },
  libre3: { typeId: 40068, productType: 4, version: '3.6.5.1234' },
};

/** `key` names the wearer within the seed (e.g. `demo-1`); same seed + key → same wearer. */
export function createPatientProfile(
  simSeed: number,
  key: string,
  spec: PatientSpec = {},
): PatientProfile {
  const seed = spec.seed ?? hash32(simSeed, 'patient', key);
  const random = createRandom(hash32(seed, 'profile'));
  const id = spec.id ?? uuidFrom(simSeed, 'patient-id', key);
  const [zone, zoneCountry] = random.pick(ZONES);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const kind = spec.device ?? (random.chance(0.6) ? 'libre3' : 'libre2');
  const targetLow = spec.targetLow ?? 70;
  const targetHigh = spec.targetHigh ?? 180;
  return {
    id,
    connectionId: uuidFrom(simSeed, 'connection', id),
    firstName: spec.firstName ?? firstName,
    lastName: spec.lastName ?? lastName,
    timeZone: spec.timeZone ?? zone,
    country: spec.country ?? (spec.timeZone === undefined ? zoneCountry : 'DE'),
    units: spec.units ?? 'mg/dL',
    targetLow,
    targetHigh: Math.max(targetHigh, targetLow + 10),
    alarmLow: Math.max(targetLow, 60),
    alarmHigh: Math.max(250, targetHigh),
    device: { id: uuidFrom(seed, 'device'), kind, ...DEVICE_TYPES[kind] },
    physiology: {
      seed,
      baseline: random.between(100, 125),
      carbRise: random.between(1.0, 1.5),
      overshootChance: random.between(0.08, 0.14),
    },
    secondOffset: random.int(4, 55),
    gridPhase: random.int(0, 4),
    sensorGapMinutes: random.int(20, 120),
    sensorProgressAtStart: random.between(0.1, 0.85),
    startsWithoutSensor: spec.sensor === 'none',
    created: 1_700_000_000 + random.int(0, 20_000_000),
    quirks: {
      omitAlarmRulesC: random.chance(0.3),
      omitUploadTime: random.chance(0.2),
      stdSd: random.chance(0.5) ? null : random.chance(0.5),
    },
  };
}

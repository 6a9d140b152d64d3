/**
 * The accounts every simulator starts with: the demo follower and one account per account-level
 * scenario (nobody followed, following yourself, a region no client knows, a wearer without a
 * sensor). All use the password `demo`.
 */
import type { PatientSpec } from '../patients/profile';
import type { World } from './world';

export const DEMO_CREDENTIALS = { email: 'demo@glucobar.app', password: 'demo' } as const;

export const SCENARIO_ACCOUNTS = {
  /** Homed on the global host (no redirect); follows nobody: `/llu/connections` is `[]`. */
  empty: 'empty@glucobar.app',
  /** Homed in eu2; follows only itself (patientId = user.id). */
  self: 'self@glucobar.app',
  /** Homed in region `xq`, served under `/api-xq/`: reachable only through the regionalMap. */
  unknownRegion: 'faraway@glucobar.app',
  /** Follows a wearer that has no sensor and never uploaded. */
  noSensor: 'nosensor@glucobar.app',
} as const;

export const SCENARIO_PASSWORD = 'demo';

/** The region key no built-in client table knows, and where it is served. */
export const UNKNOWN_REGION = { key: 'xq', prefix: 'api-xq', countries: ['XQ'] } as const;

/** The demo follower's three wearers: different zones, targets and units. */
const DEMO_PATIENTS: readonly PatientSpec[] = [
  { timeZone: 'Europe/Berlin', country: 'DE', units: 'mg/dL', device: 'libre3' },
  { timeZone: 'Europe/London', country: 'GB', units: 'mmol/L', device: 'libre2' },
  {
    timeZone: 'America/New_York',
    country: 'US',
    units: 'mg/dL',
    targetLow: 80,
    targetHigh: 160,
    device: 'libre3',
  },
];

export function installBuiltins(world: World): void {
  const demo = world.addAccount({
    ...DEMO_CREDENTIALS,
    region: 'eu',
    country: 'NL',
    patients: [...DEMO_PATIENTS],
  });
  world.addAccount({
    email: SCENARIO_ACCOUNTS.empty,
    password: SCENARIO_PASSWORD,
    region: 'global',
    country: 'US',
  });
  world.addAccount({
    email: SCENARIO_ACCOUNTS.self,
    password: SCENARIO_PASSWORD,
    region: 'eu2',
    country: 'GB',
    followSelf: true,
  });
  world.regions.add(UNKNOWN_REGION.key, {
    prefix: UNKNOWN_REGION.prefix,
    countries: [...UNKNOWN_REGION.countries],
  });
  world.addAccount({
    email: SCENARIO_ACCOUNTS.unknownRegion,
    password: SCENARIO_PASSWORD,
    region: UNKNOWN_REGION.key,
    country: 'XQ',
    patients: [{ id: demo.patientIds[0] as string }],
  });
  world.addAccount({
    email: SCENARIO_ACCOUNTS.noSensor,
    password: SCENARIO_PASSWORD,
    region: 'eu',
    patients: [{ timeZone: 'Europe/Berlin', country: 'DE', sensor: 'none' }],
  });
}

/**
 * Accounts (followers), the wearers they follow, and the regions they live in. A wearer may be
 * followed by several accounts; an account that follows itself has a wearer with its own id.
 */
import { createPatientProfile, type PatientSpec } from '../patients/profile';
import { createSensorTimeline, SENSOR_LIFE_MS } from '../patients/sensor';
import { createPatientTimeline, type PatientTimeline } from '../patients/timeline';
import { createRandom, hash32, uuidFrom } from '../random';
import { createZoneClock } from '../time-format';
import { createRegionTable, type RegionTable } from './regions';

export interface SimAccount {
  id: string;
  email: string;
  password: string;
  /** Home region key: logins elsewhere are redirected here, data calls elsewhere fail. */
  region: string;
  firstName: string;
  lastName: string;
  country: string;
  /** Epoch seconds. */
  created: number;
  patientIds: string[];
  /** Bumped by token revocation: tokens carrying an older generation are refused. */
  tokenGeneration: number;
}

export interface AccountSpec {
  email: string;
  password: string;
  /** Home region key; a key the simulator does not serve yet is added under its own prefix. */
  region?: string;
  firstName?: string;
  lastName?: string;
  country?: string;
  /** Wearers to follow; a spec whose `id` is an existing wearer follows that wearer. */
  patients?: PatientSpec[];
  /** Also follow a wearer whose id is the account's own user id. */
  followSelf?: boolean;
}

export interface World {
  readonly regions: RegionTable;
  account(email: string): SimAccount | undefined;
  accountById(id: string): SimAccount | undefined;
  accounts(): SimAccount[];
  addAccount(spec: AccountSpec): SimAccount;
  /** Replaces the wearers an account follows. */
  setPatients(email: string, specs: PatientSpec[]): PatientTimeline[];
  patient(id: string): PatientTimeline | undefined;
  patients(): PatientTimeline[];
}

export function createWorld(seed: number, startMs: number): World {
  const regions = createRegionTable();
  const accounts = new Map<string, SimAccount>();
  const patients = new Map<string, PatientTimeline>();

  const createPatient = (key: string, spec: PatientSpec): PatientTimeline => {
    const profile = createPatientProfile(seed, key, spec);
    const zone = createZoneClock(profile.timeZone);
    const sensor = createSensorTimeline({
      seed: profile.physiology.seed,
      serialPrefix: profile.device.kind === 'libre3' ? '0E' : 'MH',
      productType: profile.device.productType,
      gapMinutes: profile.sensorGapMinutes,
      // Mid-sensor at start, so a fresh simulator always has history to show.
      anchor: startMs - Math.round(profile.sensorProgressAtStart * SENSOR_LIFE_MS),
      startsWithoutSensor: profile.startsWithoutSensor,
    });
    const timeline = createPatientTimeline(profile, zone, sensor);
    patients.set(profile.id, timeline);
    return timeline;
  };

  const resolvePatients = (account: SimAccount, specs: PatientSpec[]): PatientTimeline[] =>
    specs.map((spec, index) => {
      const existing = spec.id === undefined ? undefined : patients.get(spec.id);
      return existing ?? createPatient(spec.id ?? `${account.email}#${index}`, spec);
    });

  const account = (email: string) => accounts.get(email.trim().toLowerCase());

  const addAccount = (spec: AccountSpec): SimAccount => {
    const email = spec.email.trim().toLowerCase();
    if (accounts.has(email)) throw new Error(`account ${email} exists already`);
    const region = spec.region ?? 'eu';
    if (!regions.has(region)) regions.add(region);
    const random = createRandom(hash32(seed, 'account', email));
    const created: SimAccount = {
      id: uuidFrom(seed, 'account', email),
      email,
      password: spec.password,
      region,
      firstName: spec.firstName ?? random.pick(['Alex', 'Chris', 'Kim', 'Robin', 'Sasha']),
      lastName: spec.lastName ?? random.pick(['Follower', 'Parent', 'Partner', 'Carer']),
      country: spec.country ?? 'DE',
      created: 1_690_000_000 + random.int(0, 10_000_000),
      patientIds: [],
      tokenGeneration: 1,
    };
    const followed = resolvePatients(created, spec.patients ?? []);
    if (spec.followSelf) {
      const self =
        patients.get(created.id) ??
        createPatient(`self:${email}`, {
          id: created.id,
          firstName: created.firstName,
          lastName: created.lastName,
        });
      followed.unshift(self);
    }
    created.patientIds = followed.map((p) => p.profile.id);
    accounts.set(email, created);
    return created;
  };

  return {
    regions,
    account,
    accountById: (id) => [...accounts.values()].find((a) => a.id === id),
    accounts: () => [...accounts.values()],
    addAccount,
    setPatients(email, specs) {
      const target = account(email);
      if (!target) throw new Error(`no account ${email}`);
      const followed = resolvePatients(target, specs);
      target.patientIds = followed.map((p) => p.profile.id);
      return followed;
    },
    patient: (id) => patients.get(id),
    patients: () => [...patients.values()],
  };
}

/**
 * The in-process SimulatorControl. Every input is validated with the schemas the HTTP control
 * API uses; unknown accounts and wearers throw SimulatorControlError (404).
 */
import { faultSchema } from '../faults/schema';
import type { PatientTimeline } from '../patients/timeline';
import type { SimulatorState } from '../server/context';
import type { SimulatorControl } from '../types';
import { SimulatorControlError, validate } from './errors';
import {
  accountIdGateSchema,
  accountSpecSchema,
  budgetSchema,
  overrideSchema,
  patientSpecSchema,
  publishedQuerySchema,
  regionSchema,
  sensorActionSchema,
  stallSchema,
  versionSchema,
} from './schemas';
import { accountInfo, patientInfo, readingView, sensorInfo } from './views';

export function createControl(state: SimulatorState): SimulatorControl {
  const { clock, world, faults, counter, policy, guard } = state;

  const patient = (id: string): PatientTimeline => {
    const found = world.patient(id);
    if (!found) throw new SimulatorControlError(`no patient ${id}`, 404);
    return found;
  };
  const wrap = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof SimulatorControlError) throw error;
      throw new SimulatorControlError(error instanceof Error ? error.message : String(error));
    }
  };

  return {
    now: () => clock.now(),
    inject: (fault) => faults.inject(validate(faultSchema, fault, 'fault')).id,
    remove: (id) => faults.remove(id),
    faults: () => faults.list(),
    clear() {
      faults.clear();
      state.acceptedSteps.clear();
      state.laggingSessions.clear();
      guard.clear();
      policy.reset();
    },
    counts: () => counter.snapshot(),
    resetCounts: () => counter.reset(),
    requests: (limit) => counter.log(limit),
    addAccount: (spec) =>
      wrap(() => accountInfo(world.addAccount(validate(accountSpecSchema, spec, 'account')))),
    accounts: () => world.accounts().map(accountInfo),
    setPatients(email, specs) {
      const valid = specs.map((spec) => validate(patientSpecSchema, spec, 'patient'));
      if (!world.account(email)) throw new SimulatorControlError(`no account ${email}`, 404);
      const now = clock.now();
      return wrap(() => world.setPatients(email, valid).map((p) => patientInfo(p, world, now)));
    },
    patients: () => world.patients().map((p) => patientInfo(p, world, clock.now())),
    addRegion(key, options = {}) {
      const region = validate(regionSchema, { key, ...options }, 'region');
      wrap(() => world.regions.add(region.key, region));
    },
    publishedReadings(patientId, fromMs, toMs, include = 'live') {
      validate(publishedQuerySchema, { patientId, fromMs, toMs, include }, 'query');
      const target = patient(patientId);
      return target
        .published(fromMs, toMs, clock.now())
        .filter((r) => (include === 'all' ? true : include === 'live' ? r.live : r.graph))
        .map((r) => readingView(r, target, r));
    },
    liveReading(patientId) {
      const target = patient(patientId);
      const reading = target.latestLive(clock.now());
      return reading ? readingView(reading, target, { live: true, graph: false }) : null;
    },
    stall(patientId, fromMs, minutes) {
      validate(stallSchema, { patientId, fromMs, minutes }, 'stall');
      patient(patientId).addStall(fromMs, minutes);
    },
    sensor(patientId, action) {
      const valid = validate(sensorActionSchema, action, 'sensor action');
      const target = patient(patientId);
      const now = clock.now();
      target.sensor.apply(valid, now);
      return sensorInfo(target.sensor.sensorAt(now), target, now);
    },
    overrideGlucose(patientId, fromMs, toMs, mgdl) {
      validate(overrideSchema, { patientId, fromMs, toMs, mgdl }, 'override');
      patient(patientId).overrideGlucose(fromMs, toMs, mgdl);
    },
    setConfigHosts(kind) {
      policy.configHosts = kind === 'libreview' ? 'libreview' : 'simulator';
    },
    setMinimumVersion(version) {
      policy.minimumVersion = validate(versionSchema, version, 'version');
    },
    setAccountIdGate(enabled, region) {
      const valid = validate(accountIdGateSchema, { enabled, region }, 'Account-Id gate');
      policy.setAccountIdGate(valid.enabled, valid.region);
    },
    setRequestBudget: (budget) => policy.setBudget(validate(budgetSchema, budget, 'budget')),
    revokeTokens(email) {
      const targets = email === undefined ? world.accounts() : [world.account(email)];
      for (const account of targets) {
        if (!account) throw new SimulatorControlError(`no account ${email ?? ''}`, 404);
        account.tokenGeneration += 1;
      }
    },
  };
}

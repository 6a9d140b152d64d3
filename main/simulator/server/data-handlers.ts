/**
 * Authenticated data endpoints (E3–E5, E7–E9). Every success carries a freshly signed `ticket`
 * with a new 180-day expiry, as the real service re-issues on each call.
 */
import { passDataGate } from '../auth/data-gate';
import {
  connectionPayload,
  graphPayload,
  logbookPayload,
  notificationSettingsPayload,
} from '../payload/connection';
import { userRecord } from '../payload/user';
import type { PatientTimeline } from '../patients/timeline';
import { shuffled } from '../random';
import type { SimAccount } from '../state/world';
import type { RequestContext, SimulatorState } from './context';
import {
  couldNotLoadPatient,
  followerNotConnected,
  json,
  missingCachedUser,
  type SimResponse,
} from './responses';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Found = { patient: PatientTimeline } | { refused: SimResponse };

/** F12/F13/F14 depending on what the id is. */
function findPatient(id: string | undefined, account: SimAccount, state: SimulatorState): Found {
  const patient = id === undefined ? undefined : state.world.patient(id);
  if (patient && account.patientIds.includes(patient.profile.id)) return { patient };
  if (patient) return { refused: followerNotConnected() };
  if (id !== undefined && UUID.test(id)) return { refused: couldNotLoadPatient() };
  return { refused: missingCachedUser() };
}

type Outcome = { data: unknown } | { refused: SimResponse };

function answer(produce: (account: SimAccount) => Outcome) {
  return (ctx: RequestContext, state: SimulatorState): SimResponse => {
    const gate = passDataGate(ctx, state);
    if ('refused' in gate) return gate.refused;
    const outcome = produce(gate.account);
    if ('refused' in outcome) return outcome.refused;
    const product = ctx.headers.product ?? 'llu.ios';
    const ticket = state.tokens.issue(gate.account, { product, sid: gate.sid });
    return json(200, { status: 0, data: outcome.data, ticket });
  };
}

export function createDataHandlers(state: SimulatorState) {
  const connections = (ctx: RequestContext) =>
    answer((account) => {
      const target = { endpoint: ctx.endpoint, region: ctx.region, email: account.email };
      const empty = state.faults.find(target, ['emptyConnections']);
      if (empty) {
        state.faults.consume(empty);
        return { data: [] };
      }
      const patients = account.patientIds
        .map((id) => state.world.patient(id))
        .filter((p): p is PatientTimeline => p !== undefined);
      // The real order is not stable between calls (HAGVS api.py, NSLU PR#25).
      return { data: shuffled(patients, state.random).map((p) => connectionPayload(p, ctx.now)) };
    })(ctx, state);

  const perPatient =
    (build: (patient: PatientTimeline, now: number) => unknown) => (ctx: RequestContext) =>
      answer((account) => {
        const found = findPatient(ctx.params.patientId, account, state);
        return 'refused' in found ? found : { data: build(found.patient, ctx.now) };
      })(ctx, state);

  const notifications = (ctx: RequestContext) =>
    answer((account) => {
      const patient = account.patientIds
        .map((id) => state.world.patient(id))
        .find((p) => p?.profile.connectionId === ctx.params.connectionId);
      return patient
        ? { data: notificationSettingsPayload(patient, ctx.now) }
        : { refused: json(404, { message: 'Content Not Found' }) };
    })(ctx, state);

  const user = (ctx: RequestContext) =>
    answer((account) => ({ data: { user: userRecord(account, ctx.now) } }))(ctx, state);

  return {
    connections,
    graph: perPatient(graphPayload),
    logbook: perPatient(logbookPayload),
    notifications,
    user,
  };
}

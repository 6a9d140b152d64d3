import { afterEach, describe, expect, it } from 'vitest';
import {
  parseLluTimestamp,
  SCENARIO_ACCOUNTS,
  SCENARIO_PASSWORD,
  type Simulator,
} from '../../../main/simulator/index';
import {
  call,
  decodeJwtPayload,
  login,
  sha256Hex,
  startAt,
  type ManualClock,
  type Session,
  type WireJson,
} from './sim-test-kit';

let sim: Simulator;
let clock: ManualClock;
let session: Session;

async function start(startMs?: number) {
  ({ sim, clock } = await startAt(startMs));
  session = await login(sim);
}

afterEach(async () => {
  await sim?.close();
});

const connections = (headers = session.headers, region = 'eu') =>
  call(sim, region, '/llu/connections', { headers });

describe('connections', () => {
  it('lists the three demo wearers with live values and a fresh ticket', async () => {
    await start();
    const answer = await connections();
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe(0);
    const list = answer.json.data as Array<Record<string, WireJson>>;
    expect(list).toHaveLength(3);
    expect(new Set(list.map((c) => c.patientId)).size).toBe(3);
    const byUnit = list.map((c) => c.uom).sort();
    expect(byUnit).toEqual([0, 1, 1]);
    expect(list.map((c) => `${c.targetLow}-${c.targetHigh}`).sort()).toEqual([
      '70-180',
      '70-180',
      '80-160',
    ]);
    for (const c of list) {
      const g = c.glucoseMeasurement;
      expect(g.type).toBe(1);
      expect(Number.isInteger(g.ValueInMgPerDl)).toBe(true);
      expect(g.TrendArrow).toBeGreaterThanOrEqual(0);
      expect(g.TrendArrow).toBeLessThanOrEqual(5);
      expect(c.glucoseItem).toEqual(g);
      expect(c.targetLow).toBeLessThan(c.targetHigh);
      expect(c.sensor.sn).toHaveLength(10);
      const age = clock.now() - (parseLluTimestamp(g.FactoryTimestamp) ?? 0);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThan(62_000);
      if (c.uom === 0) {
        expect(g.GlucoseUnits).toBe(0);
        expect(g.Value).toBeCloseTo(g.ValueInMgPerDl / 18, 0);
      } else {
        expect(g.Value).toBe(g.ValueInMgPerDl);
      }
    }
    const ticket = answer.json.ticket;
    expect(ticket.duration).toBe(15_552_000_000);
    expect(ticket.token).not.toBe(session.token);
    expect(decodeJwtPayload(ticket.token).sid).toBe(decodeJwtPayload(session.token).sid);
  });

  it('writes each wearer local time from its own zone (DST-correct)', async () => {
    // Berlin springs forward at 01:00 UTC on 2026-03-29; New York is already on EDT.
    const offsets = async () => {
      const list = (await connections()).json.data as Array<Record<string, WireJson>>;
      return Object.fromEntries(
        list.map((c) => {
          const g = c.glucoseMeasurement;
          const diff =
            (parseLluTimestamp(g.Timestamp) ?? 0) - (parseLluTimestamp(g.FactoryTimestamp) ?? 0);
          return [c.country, diff / 60_000];
        }),
      );
    };
    await start(Date.UTC(2026, 2, 29, 0, 30));
    expect(await offsets()).toEqual({ DE: 60, GB: 0, US: -240 });
    clock.advance(60 * 60_000);
    expect(await offsets()).toEqual({ DE: 120, GB: 60, US: -240 });
  });

  it('shuffles the order between requests', async () => {
    await start();
    const orders = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const list = (await connections()).json.data as Array<{ patientId: string }>;
      orders.add(list.map((c) => c.patientId).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is empty for a follower without connections and on the emptyConnections fault', async () => {
    await start();
    const empty = await login(sim, { email: SCENARIO_ACCOUNTS.empty, password: SCENARIO_PASSWORD });
    expect(empty.region).toBe('global');
    const none = await connections(empty.headers, 'global');
    expect(none.json).toMatchObject({ status: 0, data: [] });
    expect(none.json.ticket.token).toBeTruthy();
    sim.control.inject({ kind: 'emptyConnections', times: 1 });
    expect((await connections()).json.data).toEqual([]);
    expect((await connections()).json.data).toHaveLength(3);
  });

  it('has a self-following account whose patient id is its user id', async () => {
    await start();
    const self = await login(sim, { email: SCENARIO_ACCOUNTS.self, password: SCENARIO_PASSWORD });
    const list = (await connections(self.headers, 'eu2')).json.data;
    expect(list.map((c: { patientId: string }) => c.patientId)).toEqual([self.userId]);
  });

  it('shows a wearer without a sensor as sensor null and without a value', async () => {
    await start();
    const other = await login(sim, {
      email: SCENARIO_ACCOUNTS.noSensor,
      password: SCENARIO_PASSWORD,
    });
    const [c] = (await connections(other.headers)).json.data;
    expect(c.sensor).toBeNull();
    expect(c).not.toHaveProperty('glucoseMeasurement');
    const graph = await call(sim, 'eu', `/llu/connections/${c.patientId}/graph`, {
      headers: other.headers,
    });
    expect(graph.json.data.graphData).toEqual([]);
    expect(graph.json.data.activeSensors).toEqual([]);
  });
});

describe('gates', () => {
  it('answers 403/920 below the minimum version while login still works', async () => {
    await start();
    sim.control.setMinimumVersion('4.18.0');
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
    const refused = await connections();
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ data: { minimumVersion: '4.18.0' }, status: 920 });
    const newer = await connections({ ...session.headers, version: '4.18' });
    expect(newer.status).toBe(200);
    sim.control.setMinimumVersion(null);
    expect((await connections({ ...session.headers, version: '1.0.0' })).status).toBe(200);
  });

  it('requires a matching Account-Id, per region when configured', async () => {
    await start();
    const missing = await connections({ authorization: session.headers.authorization as string });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ message: 'RequiredHeaderMissing' });
    const raw = await connections({ ...session.headers, 'account-id': session.userId });
    expect(raw.status).toBe(400);
    expect(raw.json).toEqual({ message: 'AccountIdMismatch' });
    expect(session.headers['account-id']).toBe(sha256Hex(session.userId));
    sim.control.setAccountIdGate(false, 'eu');
    const off = await connections({ authorization: session.headers.authorization as string });
    expect(off.status).toBe(200);
    sim.control.setAccountIdGate(true);
    expect(
      (await connections({ authorization: session.headers.authorization as string })).status,
    ).toBe(400);
  });

  it('refuses tokens that expired (180 days) or were revoked', async () => {
    await start();
    clock.advance(179 * 86_400_000);
    expect((await connections()).status).toBe(200);
    clock.advance(2 * 86_400_000);
    const expired = await connections();
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ message: 'invalid or expired jwt' });
    session = await login(sim);
    sim.control.revokeTokens(sim.demo.email);
    expect((await connections()).status).toBe(401);
    expect(
      (await connections({ authorization: 'Bearer not.a.jwt', 'account-id': 'x' })).status,
    ).toBe(401);
  });

  it('keeps the session alive through the ticket a data call returns', async () => {
    await start();
    clock.advance(100 * 86_400_000);
    const renewed = (await connections()).json.ticket.token as string;
    clock.advance(100 * 86_400_000);
    expect((await connections()).status).toBe(401);
    const headers = { ...session.headers, authorization: `Bearer ${renewed}` };
    expect((await connections(headers)).status).toBe(200);
  });

  it('answers couldNotLoadPatient on a regional host the account does not live on', async () => {
    await start();
    const answer = await connections(session.headers, 'de');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: 4, error: { message: 'couldNotLoadPatient' } });
  });
});

describe('graph and logbook', () => {
  it('serves the graph with connection, active sensor and 5-minute points', async () => {
    await start();
    const [c] = (await connections()).json.data;
    const graph = await call(sim, 'eu', `/llu/connections/${c.patientId}/graph`, {
      headers: session.headers,
    });
    expect(graph.status).toBe(200);
    const { connection, activeSensors, graphData } = graph.json.data;
    expect(connection.patientId).toBe(c.patientId);
    expect(activeSensors[0].sensor.deviceId).toBe(activeSensors[0].device.did);
    expect(graphData.length).toBeGreaterThan(130);
    for (const point of graphData) {
      expect(Object.keys(point).sort()).toEqual(
        [
          'FactoryTimestamp',
          'GlucoseUnits',
          'MeasurementColor',
          'Timestamp',
          'Value',
          'ValueInMgPerDl',
          'isHigh',
          'isLow',
          'type',
        ].sort(),
      );
      expect(point.type).toBe(0);
      const color =
        point.ValueInMgPerDl < connection.targetLow
          ? 4
          : point.ValueInMgPerDl > 250
            ? 3
            : point.ValueInMgPerDl > connection.targetHigh
              ? 2
              : 1;
      expect(point.MeasurementColor).toBe(color);
    }
    expect(graph.json.ticket.token).toBeTruthy();
  });

  it('serves about 14 days of logbook scans and alarms, newest first', async () => {
    await start();
    const [c] = (await connections()).json.data;
    const logbook = await call(sim, 'eu', `/llu/connections/${c.patientId}/logbook`, {
      headers: session.headers,
    });
    const items = logbook.json.data as Array<Record<string, WireJson>>;
    const times = items.map((i) => parseLluTimestamp(i.FactoryTimestamp) ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(clock.now() - (times.at(-1) ?? 0)).toBeGreaterThan(12 * 86_400_000);
    expect(clock.now() - (times.at(-1) ?? 0)).toBeLessThanOrEqual(14 * 86_400_000);
    expect(items.every((i) => typeof i.TrendArrow === 'number')).toBe(true);
    const alarms = items.filter((i) => i.type === 3);
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect([0, 1, 2]).toContain(alarm.alarmType);
      if (alarm.alarmType === 2) expect(alarm.ValueInMgPerDl).toBeGreaterThan(240);
      else expect(alarm.ValueInMgPerDl).toBeLessThan(80);
    }
    expect(items.filter((i) => i.type === 1).length).toBeGreaterThan(30);
  });

  it('tells unknown, unfollowed and garbage patient ids apart', async () => {
    await start();
    const path = (id: string) => `/llu/connections/${id}/graph`;
    const get = (id: string) => call(sim, 'eu', path(id), { headers: session.headers });
    const unknown = await get('11111111-2222-4333-8444-555555555555');
    expect(unknown.json).toEqual({ status: 4, error: { message: 'couldNotLoadPatient' } });
    const selfAccount = sim.control.accounts().find((a) => a.email === SCENARIO_ACCOUNTS.self);
    const notMine = await get(selfAccount?.userId ?? '');
    expect(notMine.json).toEqual({ status: 4, error: { message: 'followerNotConnectToPatient' } });
    const hashed = await get(sha256Hex(session.userId));
    expect(hashed.json).toEqual({ message: 'MissingCachedUser' });
  });
});

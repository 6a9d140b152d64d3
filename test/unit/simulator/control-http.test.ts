import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator/index';
import { call, login, startAt, type ManualClock, type WireJson } from './sim-test-kit';

let sim: Simulator;
let clock: ManualClock;

afterEach(async () => {
  await sim?.close();
});

async function control(method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await fetch(`${sim.url}/__control/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as WireJson };
}

describe('control over HTTP', () => {
  it('injects, lists and clears faults', async () => {
    ({ sim, clock } = await startAt());
    const injected = await control('POST', 'inject', { kind: 'status911', times: 3 });
    expect(injected.status).toBe(200);
    expect(injected.json.result.id).toMatch(/^f\d+$/);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json).toEqual({
      status: 911,
    });
    const listed = await control('GET', 'faults');
    expect(listed.json.result).toMatchObject([{ hits: 1, remaining: 2 }]);
    await control('POST', 'clear');
    expect((await control('GET', 'faults')).json.result).toEqual([]);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
  });

  it('reports and resets counts per endpoint, region and status', async () => {
    ({ sim, clock } = await startAt());
    const session = await login(sim);
    await call(sim, 'eu', '/llu/connections', { headers: session.headers });
    await call(sim, 'eu', '/llu/connections', { headers: {} });
    const counts = (await control('GET', 'counts')).json.result;
    expect(counts.byEndpoint).toMatchObject({ login: 2, connections: 2, graph: 0 });
    expect(counts.byRegion).toEqual({ global: 1, eu: 3 });
    expect(counts.byStatus).toEqual({ '200': 3, '401': 1 });
    expect(counts.byRegionEndpoint.eu).toEqual({ login: 1, connections: 2 });
    expect(counts.logins).toMatchObject({ success: 1, redirect: 1 });
    const log = (await control('GET', 'requests?limit=2')).json.result;
    expect(log).toHaveLength(2);
    expect(log[1]).toMatchObject({ endpoint: 'connections', status: 401, hasAuthorization: false });
    expect(JSON.stringify(log)).not.toContain(session.token);
    await control('POST', 'reset-counts');
    expect((await control('GET', 'counts')).json.result.total).toBe(0);
  });

  it('adds accounts and sets the wearers they follow', async () => {
    ({ sim, clock } = await startAt());
    const added = await control('POST', 'accounts', {
      email: 'carer@example.org',
      password: 'secret',
      region: 'us',
      patients: [{ firstName: 'Kit', timeZone: 'Asia/Tokyo', units: 'mmol/L' }],
    });
    expect(added.status).toBe(200);
    expect(added.json.result.region).toBe('us');
    const session = await login(sim, { email: 'carer@example.org', password: 'secret' });
    expect(session.region).toBe('us');
    const [c] = (await call(sim, 'us', '/llu/connections', { headers: session.headers })).json.data;
    expect(c).toMatchObject({ firstName: 'Kit', uom: 0 });

    const demoIds =
      sim.control.accounts().find((a) => a.email === sim.demo.email)?.patientIds ?? [];
    const set = await control('POST', 'patients', {
      email: 'carer@example.org',
      patients: [{ id: demoIds[0] }, { firstName: 'New' }],
    });
    expect(set.json.result.map((p: { id: string }) => p.id)[0]).toBe(demoIds[0]);
    const list = (await call(sim, 'us', '/llu/connections', { headers: session.headers })).json
      .data;
    expect(list).toHaveLength(2);
    const patients = (await control('GET', 'patients')).json.result;
    const shared = patients.find((p: { id: string }) => p.id === demoIds[0]);
    expect(shared.followers.sort()).toEqual(
      ['carer@example.org', 'demo@glucobar.app', 'faraway@glucobar.app'].sort(),
    );
  });

  it('publishes readings, stalls and sensor actions', async () => {
    ({ sim, clock } = await startAt());
    const id = sim.control.accounts().find((a) => a.email === sim.demo.email)?.patientIds[0];
    const from = clock.now() - 60 * 60_000;
    const to = clock.now();
    const readings = await control(
      'GET',
      `published-readings?patientId=${id}&from=${from}&to=${to}`,
    );
    expect(readings.json.result.length).toBeGreaterThanOrEqual(59);
    expect(readings.json.result[0]).toMatchObject({ live: true });
    expect(readings.json.result[0].factoryTimestamp).toMatch(/^\d+\/\d+\/\d{4} /);

    expect(
      (await control('POST', 'stall', { patientId: id, fromMs: clock.now(), minutes: 15 })).status,
    ).toBe(200);
    const before = (await control('GET', `live-reading?patientId=${id}`)).json.result;
    clock.advance(10 * 60_000);
    expect((await control('GET', `live-reading?patientId=${id}`)).json.result.time).toBe(
      before.time,
    );

    const sensor = await control('POST', 'sensor', { patientId: id, action: 'start' });
    expect(sensor.json.result).toMatchObject({ state: 'warmingUp', activatedAt: clock.now() });
  });

  it('changes gates and budgets', async () => {
    ({ sim, clock } = await startAt());
    const session = await login(sim);
    const get = () => call(sim, 'eu', '/llu/connections', { headers: session.headers });
    await control('POST', 'minimum-version', { version: '9.0.0' });
    expect((await get()).status).toBe(403);
    await control('POST', 'minimum-version', { version: null });
    await control('POST', 'request-budget', { limit: 2, windowSeconds: 60, retryAfterSeconds: 30 });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    clock.advance(61_000);
    expect((await get()).status).toBe(200);
    await control('POST', 'account-id-gate', { enabled: false });
    expect(
      (
        await call(sim, 'eu', '/llu/connections', {
          headers: { authorization: session.headers.authorization as string },
        })
      ).status,
    ).toBe(200);
    await control('POST', 'minimum-version', { version: '9.0.0' });
    await control('POST', 'request-budget', { limit: 1, windowSeconds: 3600 });
    // clear() restores the default gates: 4.17.0 passes, no budget, Account-Id required.
    await control('POST', 'clear');
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    expect(
      (
        await call(sim, 'eu', '/llu/connections', {
          headers: { authorization: session.headers.authorization as string },
        })
      ).status,
    ).toBe(400);
    await control('POST', 'revoke-tokens', {});
    expect((await get()).status).toBe(401);
  });

  it('answers 400 / 404 for bad control calls without crashing', async () => {
    ({ sim, clock } = await startAt());
    expect((await control('POST', 'inject', { kind: 'slow' })).status).toBe(400);
    expect(
      (await control('POST', 'stall', { patientId: 'nope', fromMs: 0, minutes: 5 })).status,
    ).toBe(404);
    expect((await control('GET', 'published-readings?patientId=x&from=a&to=1')).status).toBe(400);
    expect(
      (await control('POST', 'accounts', { email: sim.demo.email, password: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await control('POST', 'patients', {
          email: 'x@y.z',
          patients: [{ timeZone: 'Nowhere/City' }],
        })
      ).status,
    ).toBe(400);
    expect((await control('GET', 'nothing-here')).status).toBe(404);
    const garbage = await fetch(`${sim.url}/__control/inject`, { method: 'POST', body: '{oops' });
    expect(garbage.status).toBe(400);
    expect((await control('GET', 'now')).json.result.now).toBe(clock.now());
  });
});

describe('robustness', () => {
  it('survives garbage: unknown paths, huge bodies, broken HTTP', async () => {
    ({ sim, clock } = await startAt());
    expect((await fetch(`${sim.url}/`)).status).toBe(404);
    expect((await fetch(`${sim.url}/eu/llu/nothing`)).status).toBe(404);
    expect((await call(sim, 'eu', '/llu/connections/%E0%A4%A/graph')).status).toBe(401);
    const huge = await fetch(`${sim.url}/eu/llu/auth/login`, {
      method: 'POST',
      body: 'x'.repeat(2_000_000),
    });
    expect(huge.status).toBe(413);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(sim.url).port), '127.0.0.1', () => {
        socket.write('THIS IS NOT HTTP\r\n\r\n');
      });
      socket.on('data', () => socket.destroy());
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
    expect(sim.control.counts().byEndpoint.unknown).toBe(2);
  });
});

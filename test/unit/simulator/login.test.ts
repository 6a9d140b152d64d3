import { afterEach, describe, expect, it } from 'vitest';
import {
  SCENARIO_ACCOUNTS,
  SCENARIO_PASSWORD,
  type Simulator,
} from '../../../main/simulator/index';
import { call, decodeJwtPayload, login, startAt, type ManualClock } from './sim-test-kit';

let sim: Simulator;
let clock: ManualClock;

async function start() {
  ({ sim, clock } = await startAt());
}

afterEach(async () => {
  await sim?.close();
});

const wrong = () => ({ email: sim.demo.email, password: 'nope' });

describe('login', () => {
  it('redirects the global host to the home region, which answers success', async () => {
    await start();
    const global = await call(sim, 'global', '/llu/auth/login', { body: sim.demo });
    expect(global.status).toBe(200);
    expect(global.json).toEqual({ status: 0, data: { redirect: true, region: 'eu' } });
    const home = await call(sim, 'eu', '/llu/auth/login', { body: sim.demo });
    expect(home.json.status).toBe(0);
    const { user, authTicket } = home.json.data;
    expect(user.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(user.email).toBe(sim.demo.email);
    expect(typeof user.uom).toBe('string');
    expect(authTicket.duration).toBe(15_552_000_000);
    expect(authTicket.expires).toBe(Math.floor((clock.now() + 15_552_000_000) / 1000));
    expect(authTicket.token.split('.')).toHaveLength(3);
    expect(decodeJwtPayload(authTicket.token)).toMatchObject({ id: user.id, region: 'eu' });
    expect(home.json.data).toHaveProperty('invitations', null);
    expect(sim.control.counts().logins).toMatchObject({ success: 1, redirect: 1 });
  });

  it('keeps user ids stable across restarts with the same seed', async () => {
    await start();
    const first = await login(sim);
    await sim.close();
    await start();
    expect((await login(sim)).userId).toBe(first.userId);
  });

  it('answers notAuthenticated for a wrong password or unknown account', async () => {
    await start();
    const bad = await call(sim, 'eu', '/llu/auth/login', { body: wrong() });
    expect(bad.status).toBe(200);
    expect(bad.json).toEqual({ status: 2, error: { message: 'notAuthenticated' } });
    const unknown = await call(sim, 'global', '/llu/auth/login', {
      body: { email: 'nobody@example.org', password: 'x' },
    });
    expect(unknown.json.status).toBe(2);
  });

  it('locks an e-mail for 300 s after three failures within 60 s', async () => {
    await start();
    const locked = {
      status: 429,
      data: { code: 60, data: { failures: 3, interval: 60, lockout: 300 }, message: 'locked' },
    };
    expect((await call(sim, 'eu', '/llu/auth/login', { body: wrong() })).json.status).toBe(2);
    clock.advance(20_000);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: wrong() })).json.status).toBe(2);
    clock.advance(20_000);
    const third = await call(sim, 'eu', '/llu/auth/login', { body: wrong() });
    expect(third.status).toBe(200);
    expect(third.json).toEqual(locked);
    // Even the right password is refused while locked.
    clock.advance(299_000);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json).toEqual(locked);
    clock.advance(2_000);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
  });

  it('does not lock for failures spread over more than 60 s', async () => {
    await start();
    for (let i = 0; i < 4; i += 1) {
      expect((await call(sim, 'eu', '/llu/auth/login', { body: wrong() })).json.status).toBe(2);
      clock.advance(31_000);
    }
  });

  it('keeps a sticky lockout until cleared', async () => {
    await start();
    sim.control.inject({ kind: 'lockout' });
    clock.advance(24 * 3_600_000);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(429);
    sim.control.clear();
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
  });

  it('runs the tou then pp chain, each with a 1-hour token only continue accepts', async () => {
    await start();
    sim.control.inject({ kind: 'terms', steps: ['tou', 'pp'] });
    const first = await call(sim, 'eu', '/llu/auth/login', { body: sim.demo });
    expect(first.json.status).toBe(4);
    expect(first.json.data.step).toMatchObject({ type: 'tou', componentName: 'AcceptDocument' });
    expect(first.json.data.user).not.toHaveProperty('id');
    const tou = first.json.data.authTicket;
    expect(tou.duration).toBe(3_600_000);
    expect(decodeJwtPayload(tou.token)).toMatchObject({ taskType: 'tou' });

    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const dataWithStep = await call(sim, 'eu', '/llu/connections', { headers: auth(tou.token) });
    expect(dataWithStep.status).toBe(401);
    expect(dataWithStep.json).toEqual({ message: 'invalid or expired jwt' });
    // The tou token does not continue pp.
    expect(
      (await call(sim, 'eu', '/auth/continue/pp', { method: 'POST', headers: auth(tou.token) }))
        .status,
    ).toBe(401);

    const second = await call(sim, 'eu', '/auth/continue/tou', {
      method: 'POST',
      headers: auth(tou.token),
    });
    expect(second.json.status).toBe(4);
    expect(second.json.data.step.type).toBe('pp');
    const pp = second.json.data.authTicket.token;
    const done = await call(sim, 'eu', '/auth/continue/pp', { method: 'POST', headers: auth(pp) });
    expect(done.json.status).toBe(0);
    expect(done.json.data.authTicket.duration).toBe(15_552_000_000);
    // Accepted documents stay accepted.
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
    expect(sim.control.counts().byEndpoint.continue).toBe(3);
  });

  it('lets step tokens expire after an hour', async () => {
    await start();
    sim.control.inject({ kind: 'terms', steps: ['pp'] });
    const step = await call(sim, 'eu', '/llu/auth/login', { body: sim.demo });
    clock.advance(3_600_001);
    const late = await call(sim, 'eu', '/auth/continue/pp', {
      method: 'POST',
      headers: { authorization: `Bearer ${step.json.data.authTicket.token}` },
    });
    expect(late.status).toBe(401);
  });

  it('dead-ends on verifyEmail', async () => {
    await start();
    sim.control.inject({ kind: 'verifyEmail' });
    const step = await call(sim, 'eu', '/llu/auth/login', { body: sim.demo });
    expect(step.json.status).toBe(4);
    expect(step.json.data.step).toMatchObject({
      type: 'verifyEmail',
      componentName: 'VerifyEmail',
    });
    const attempt = await call(sim, 'eu', '/auth/continue/verifyEmail', {
      method: 'POST',
      headers: { authorization: `Bearer ${step.json.data.authTicket.token}` },
    });
    expect(attempt.status).toBe(404);
  });

  it('redirects to an unknown region that only the config regionalMap resolves', async () => {
    await start();
    const credentials = { email: SCENARIO_ACCOUNTS.unknownRegion, password: SCENARIO_PASSWORD };
    const redirect = await call(sim, 'global', '/llu/auth/login', { body: credentials });
    expect(redirect.json.data).toEqual({ redirect: true, region: 'xq' });
    const template = await call(sim, 'xq', '/llu/auth/login', { body: credentials });
    expect(template.status).toBe(404);
    const config = await call(sim, 'global', '/llu/config/country?country=DE');
    const lslApi: string = config.json.data.regionalMap.xq.lslApi;
    expect(lslApi.startsWith(sim.url)).toBe(true);
    const home = await fetch(`${lslApi}llu/auth/login`, {
      method: 'POST',
      headers: { product: 'llu.ios', version: '4.17.0', 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    expect(((await home.json()) as { status: number }).status).toBe(0);
  });

  it('can be told to redirect to the region the client is already on', async () => {
    await start();
    sim.control.inject({ kind: 'redirect', to: 'eu', region: 'eu', times: 1 });
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.data).toEqual({
      redirect: true,
      region: 'eu',
    });
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
  });

  it('rejects a body that is not credentials without crashing', async () => {
    await start();
    const answer = await fetch(sim.apiUrl.replace('{region}', 'eu') + '/llu/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(answer.status).toBe(400);
    expect((await call(sim, 'eu', '/llu/auth/login', { body: sim.demo })).json.status).toBe(0);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Fault, Simulator } from '../../../main/simulator/index';
import { call, login, startAt, type ManualClock, type Session } from './sim-test-kit';

let sim: Simulator;
let clock: ManualClock;
let session: Session;

async function start() {
  ({ sim, clock } = await startAt());
  session = await login(sim);
}

afterEach(async () => {
  await sim?.close();
});

const connections = () => call(sim, 'eu', '/llu/connections', { headers: session.headers });
const loginEu = () => call(sim, 'eu', '/llu/auth/login', { body: sim.demo });

describe('edge and server failures', () => {
  it('429 with and without Retry-After', async () => {
    await start();
    sim.control.inject({ kind: 'rateLimited', retryAfter: 120, times: 1 });
    sim.control.inject({ kind: 'rateLimited', times: 1 });
    const withHeader = await connections();
    expect(withHeader.status).toBe(429);
    expect(withHeader.headers.get('retry-after')).toBe('120');
    const without = await connections();
    expect(without.status).toBe(429);
    expect(without.headers.get('retry-after')).toBeNull();
    expect((await connections()).status).toBe(200);
  });

  it('Cloudflare 476: plain-text random body and an 18-hour retry-after', async () => {
    await start();
    sim.control.inject({ kind: 'cloudflare476', times: 2 });
    const first = await connections();
    const second = await connections();
    expect(first.status).toBe(476);
    expect(first.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(first.headers.get('retry-after')).toBe('65620');
    expect(first.headers.get('server')).toBe('cloudflare');
    expect(first.headers.get('set-cookie')).toMatch(/^__cf_bm=/);
    expect(first.text).toMatch(/^[A-Z0-9]{1024}$/);
    expect(second.text).not.toBe(first.text);
  });

  it('Cloudflare HTML pages: 403 block and 429 error 1015', async () => {
    await start();
    sim.control.inject({ kind: 'cloudflareBlock', times: 1 });
    const blocked = await loginEu();
    expect(blocked.status).toBe(403);
    expect(blocked.headers.get('content-type')).toMatch(/^text\/html/);
    expect(blocked.text).toContain('Attention Required! | Cloudflare');
    expect(blocked.text).toContain('api-eu.libreview.io');
    sim.control.inject({ kind: 'cloudflareRateLimit', times: 1 });
    const limited = await connections();
    expect(limited.status).toBe(429);
    expect(limited.text).toContain('Error 1015');
    expect(limited.text).toContain('banned you temporarily');
  });

  it('login 430 with an empty body, and 911', async () => {
    await start();
    sim.control.inject({ kind: 'loginRejected', times: 1 });
    const rejected = await loginEu();
    expect(rejected.status).toBe(430);
    expect(rejected.text).toBe('');
    // Login-scoped by default: data calls are unaffected.
    sim.control.inject({ kind: 'status911', times: 1 });
    expect((await connections()).status).toBe(200);
    expect((await loginEu()).json).toEqual({ status: 911 });
  });

  it.each([502, 503] as const)('maintenance page with HTTP %i', async (httpStatus) => {
    await start();
    sim.control.inject({ kind: 'maintenance', httpStatus, times: 1 });
    const answer = await connections();
    expect(answer.status).toBe(httpStatus);
    expect(answer.text).toMatch(/^<!DOCTYPE html>/);
  });

  it('401 bodies: invalid jwt and invalid auth session', async () => {
    await start();
    sim.control.inject({ kind: 'unauthorized', times: 1 });
    sim.control.inject({ kind: 'invalidSession', times: 1 });
    expect((await connections()).json).toEqual({ message: 'invalid or expired jwt' });
    const session401 = await connections();
    expect(session401.status).toBe(401);
    expect(session401.json).toEqual({ status: 401, error: { message: 'invalid auth session' } });
  });

  it('MissingCachedUser on the graph for a valid id, scoped to one patient', async () => {
    await start();
    const [first, second] = (await connections()).json.data as Array<{ patientId: string }>;
    sim.control.inject({ kind: 'missingCachedUser', patientId: first?.patientId });
    const graph = (id = '') =>
      call(sim, 'eu', `/llu/connections/${id}/graph`, { headers: session.headers });
    expect((await graph(first?.patientId)).json).toEqual({ message: 'MissingCachedUser' });
    expect((await graph(second?.patientId)).status).toBe(200);
  });

  it('drops the connection without an answer', async () => {
    await start();
    sim.control.inject({ kind: 'drop', times: 1 });
    await expect(connections()).rejects.toThrow();
    expect((await connections()).status).toBe(200);
    expect(sim.control.counts().byStatus.dropped).toBe(1);
  });

  it('custom answers and region scoping', async () => {
    await start();
    sim.control.inject({
      kind: 'custom',
      httpStatus: 418,
      body: 'teapot',
      contentType: 'text/plain',
      headers: { 'x-test': 'yes' },
      region: 'global',
      endpoint: 'login',
    });
    expect((await loginEu()).json.status).toBe(0);
    const global = await call(sim, 'global', '/llu/auth/login', { body: sim.demo });
    expect(global.status).toBe(418);
    expect(global.text).toBe('teapot');
    expect(global.headers.get('x-test')).toBe('yes');
  });
});

describe('malformed bodies', () => {
  it('truncated JSON and an HTML 200', async () => {
    await start();
    sim.control.inject({ kind: 'malformed', variant: 'truncatedJson', times: 1 });
    const cut = await connections();
    expect(cut.status).toBe(200);
    expect(() => JSON.parse(cut.text)).toThrow();
    sim.control.inject({ kind: 'malformed', variant: 'nonJson', times: 1 });
    const page = await connections();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('valid JSON missing data, authTicket.token or FactoryTimestamp', async () => {
    await start();
    sim.control.inject({
      kind: 'malformed',
      variant: 'missingData',
      endpoint: 'connections',
      times: 1,
    });
    const noData = await connections();
    expect(noData.json.status).toBe(0);
    expect(noData.json).not.toHaveProperty('data');

    sim.control.inject({ kind: 'malformed', variant: 'missingAuthTicketToken', times: 1 });
    // A redirect has no ticket: the fault waits for the answer it can break.
    const redirect = await call(sim, 'global', '/llu/auth/login', { body: sim.demo });
    expect(redirect.json.data.redirect).toBe(true);
    const noToken = await loginEu();
    expect(noToken.json.data.authTicket).toBeDefined();
    expect(noToken.json.data.authTicket).not.toHaveProperty('token');

    sim.control.inject({ kind: 'malformed', variant: 'missingFactoryTimestamp', times: 1 });
    const noTime = await connections();
    const first = noTime.json.data[0];
    expect(first.glucoseMeasurement).not.toHaveProperty('FactoryTimestamp');
    expect(first.glucoseMeasurement).toHaveProperty('Timestamp');
    expect(sim.control.faults()).toEqual([]);
  });
});

describe('slow answers', () => {
  it('holds the answer until simulated time passes, then answers normally', async () => {
    await start();
    sim.control.inject({ kind: 'slow', delayMs: 30_000, times: 1 });
    let settled = false;
    const pending = connections().then((answer) => {
      settled = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    clock.advance(30_000);
    expect((await pending).status).toBe(200);
  });

  it('forgets an answer the client gave up on', async () => {
    await start();
    sim.control.inject({ kind: 'slow', delayMs: 60_000, times: 1 });
    const controller = new AbortController();
    const request = fetch(sim.apiUrl.replace('{region}', 'eu') + '/llu/connections', {
      headers: { ...session.headers, version: '4.17.0' },
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    controller.abort();
    await expect(request).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sim.control.counts().byStatus.aborted).toBe(1);
  });

  it('closes promptly even while answers are held back', async () => {
    await start();
    sim.control.inject({ kind: 'slow', delayMs: 3_600_000 });
    const hanging = connections().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const began = Date.now();
    await sim.close();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(await hanging).toBeInstanceOf(Error);
    // The held-back answer's timer is gone from the (test's) clock too.
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('fault bookkeeping', () => {
  it('uses up `times`, counts hits, and rejects invalid faults', async () => {
    await start();
    const id = sim.control.inject({ kind: 'unauthorized', times: 2 });
    await connections();
    expect(sim.control.faults()).toMatchObject([{ id, hits: 1, remaining: 1 }]);
    await connections();
    expect(sim.control.faults()).toEqual([]);
    expect(() => sim.control.inject({ kind: 'slow', delayMs: -1 })).toThrow(/delayMs/);
    expect(() => sim.control.inject({ kind: 'nonsense' } as unknown as Fault)).toThrow();
    const forever = sim.control.inject({ kind: 'unauthorized', email: sim.demo.email });
    expect((await connections()).status).toBe(401);
    expect(sim.control.remove(forever)).toBe(true);
    expect((await connections()).status).toBe(200);
  });
});

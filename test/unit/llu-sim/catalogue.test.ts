// The failure catalogue (F1–F21, one test each; what they mean: docs/librelinkup.md), driven through the REAL client
// against the simulator over real HTTP, asserting the typed result (and retry times).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LluClientOptions } from '../../../main/core/llu/client';
import { startSimulator, type Fault, type Simulator } from '../../../main/simulator';
import { createFakeClock, type FakeClock } from '../../helpers/fake-clock';
import { failure, simClient } from './sim-client';

let sim: Simulator;
let clock: FakeClock;

beforeAll(async () => {
  clock = createFakeClock(Date.UTC(2026, 10, 24, 8, 0, 0));
  sim = await startSimulator({ clock, seed: 11 });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.clear();
  sim.control.resetCounts();
});

const client = (options: Partial<LluClientOptions> = {}) => simClient(sim, clock, options);

const inject = (fault: Fault) => sim.control.inject(fault);
const firstPatient = () =>
  sim.control.patients().find((p) => p.followers.includes(sim.demo.email))!.id;

describe('login outcomes', () => {
  it('F1 wrong password → bad_credentials, and no second login on the next call', async () => {
    const { llu } = client({ credentials: { email: sim.demo.email, password: 'wrong' } });
    expect((await failure(llu.connections())).code).toBe('bad_credentials');
    const logins = sim.control.counts().byEndpoint.login;
    expect((await failure(llu.connections())).code).toBe('bad_credentials');
    expect(sim.control.counts().byEndpoint.login).toBe(logins);
  });

  it('F2 region redirect is followed: global → eu, one successful login', async () => {
    const { llu, store } = client();
    expect((await llu.connections()).length).toBe(3);
    expect(sim.control.counts().logins.success).toBe(1);
    expect((await store.read())?.region).toBe('eu');
  });

  it('F2 an unknown region key is resolved through /llu/config/country', async () => {
    const { llu } = client({ credentials: { email: 'faraway@glucobar.app', password: 'demo' } });
    await llu.connections();
    expect(sim.control.counts().byEndpoint.config).toBeGreaterThan(0);
  });

  it('F2 a redirect loop ends with region_unknown, not forever', async () => {
    inject({ kind: 'redirect', to: 'global' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('region_unknown');
    expect(sim.control.counts().byEndpoint.login).toBeLessThanOrEqual(4);
  });

  it('F3 terms (tou then pp) → terms_required naming each document; continue only when asked', async () => {
    inject({ kind: 'terms', steps: ['tou', 'pp'] });
    const { llu } = client();
    expect(await failure(llu.connections())).toMatchObject({
      code: 'terms_required',
      details: { document: 'tou' },
    });
    expect(sim.control.counts().byEndpoint.continue).toBe(0);
    expect(await failure(llu.acceptTerms())).toMatchObject({
      code: 'terms_required',
      details: { document: 'pp' },
    });
    await llu.acceptTerms();
    expect((await llu.connections()).length).toBe(3);
    expect(sim.control.counts().byEndpoint.continue).toBe(2);
  });

  it('F4 e-mail verification → email_verification_required', async () => {
    inject({ kind: 'verifyEmail' });
    expect((await failure(client().llu.connections())).code).toBe('email_verification_required');
  });

  it('F5 three failures in a minute → locked_out with the lockout seconds', async () => {
    inject({ kind: 'badCredentials' });
    for (let i = 0; i < 2; i += 1) {
      expect((await failure(client().llu.connections())).code).toBe('bad_credentials');
    }
    const locked = await failure(client().llu.connections());
    expect(locked.code).toBe('locked_out');
    expect(locked.details.retryAfterSeconds).toBe(300);
  });

  it('F6 {"status":911} → server_unavailable', async () => {
    inject({ kind: 'status911' });
    expect((await failure(client().llu.connections())).code).toBe('server_unavailable');
  });

  it('F17 HTTP 430 at login → blocked', async () => {
    inject({ kind: 'loginRejected' });
    expect((await failure(client().llu.connections())).code).toBe('blocked');
  });
});

describe('headers and tokens', () => {
  it('F7 version below the minimum → the demanded version is adopted, saved and retried once', async () => {
    sim.control.setMinimumVersion('4.99.0');
    const { llu, store } = client({ clientVersion: '4.16.0' });
    expect((await llu.connections()).length).toBe(3);
    expect((await store.read())?.clientVersion).toBe('4.99.0');
  });

  it('F7 still refused after adopting → client_outdated with the minimum version', async () => {
    inject({
      kind: 'custom',
      endpoint: 'connections',
      httpStatus: 403,
      body: JSON.stringify({ data: { minimumVersion: '5.0.0' }, status: 920 }),
    });
    expect(await failure(client().llu.connections())).toMatchObject({
      code: 'client_outdated',
      details: { minimumVersion: '5.0.0' },
    });
  });

  it('F8/F9 Account-Id demanded or mismatched → client_outdated, never a crash', async () => {
    for (const message of ['RequiredHeaderMissing', 'AccountIdMismatch']) {
      const id = inject({
        kind: 'custom',
        endpoint: 'connections',
        httpStatus: 400,
        body: JSON.stringify({ message }),
      });
      expect((await failure(client().llu.connections())).code).toBe('client_outdated');
      sim.control.remove(id);
    }
  });

  it('sends the Account-Id the server expects (the gate is on by default)', async () => {
    await client().llu.connections();
    expect(sim.control.counts().byStatus['400'] ?? 0).toBe(0);
  });

  it('F10 revoked token → one re-login and the call succeeds', async () => {
    const { llu } = client();
    await llu.connections();
    sim.control.revokeTokens();
    expect((await llu.connections()).length).toBe(3);
    expect(sim.control.counts().logins.success).toBe(2);
  });

  it('F10/F11 a refusal that persists after the re-login → unauthorized', async () => {
    inject({ kind: 'unauthorized' });
    expect((await failure(client().llu.connections())).code).toBe('unauthorized');
    sim.control.clear();
    inject({ kind: 'invalidSession' });
    expect((await failure(client().llu.connections())).code).toBe('unauthorized');
  });

  it('one login per token lifetime: a week of calls, one login', async () => {
    const { llu } = client();
    for (let day = 0; day < 7; day += 1) {
      await llu.connections();
      await clock.advance(24 * 3_600_000);
    }
    expect(sim.control.counts().logins.success).toBe(1);
  });
});

describe('data calls', () => {
  it('F12/F13 not connected or unknown patient → patient_not_found', async () => {
    const { llu } = client();
    await llu.connections();
    const id = inject({ kind: 'followerNotConnected' });
    expect((await failure(llu.graph(firstPatient()))).code).toBe('patient_not_found');
    sim.control.remove(id);
    inject({ kind: 'couldNotLoadPatient' });
    expect((await failure(llu.graph(firstPatient()))).code).toBe('patient_not_found');
  });

  it('F14 MissingCachedUser → re-login once and retry', async () => {
    const { llu } = client();
    await llu.connections();
    inject({ kind: 'missingCachedUser', times: 1 });
    const graph = await llu.graph(firstPatient());
    expect(graph.readings.length).toBeGreaterThan(100);
  });

  it('F15 empty connection list → no_connections with guidance', async () => {
    const error = await failure(
      client({ credentials: { email: 'empty@glucobar.app', password: 'demo' } }).llu.connections(),
    );
    expect(error.code).toBe('no_connections');
    expect(error.message.toLowerCase()).toContain('invitation');
  });

  it('F16 429 with Retry-After → rate_limited with the retry time; without → no retry time', async () => {
    const { llu } = client();
    await llu.connections();
    const id = inject({ kind: 'rateLimited', retryAfter: 90 });
    expect(await failure(llu.connections())).toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 90 },
    });
    sim.control.remove(id);
    inject({ kind: 'rateLimited' });
    const bare = await failure(llu.connections());
    expect(bare.code).toBe('rate_limited');
    expect(bare.details.retryAfterSeconds).toBeUndefined();
  });

  it('F18 Cloudflare 476 (text/plain) → blocked with its hours-long retry-after', async () => {
    inject({ kind: 'cloudflare476', retryAfterSeconds: 65620 });
    expect(await failure(client().llu.connections())).toMatchObject({
      code: 'blocked',
      details: { retryAfterSeconds: 65620 },
    });
  });

  it('F19 Cloudflare HTML block page → blocked; HTML 1015 rate-limit page → rate_limited', async () => {
    const id = inject({ kind: 'cloudflareBlock' });
    expect((await failure(client().llu.connections())).code).toBe('blocked');
    sim.control.remove(id);
    inject({ kind: 'cloudflareRateLimit' });
    expect((await failure(client().llu.connections())).code).toBe('rate_limited');
  });

  it('F20 maintenance (HTML 503/502) → server_unavailable', async () => {
    inject({ kind: 'maintenance', httpStatus: 503 });
    expect((await failure(client().llu.connections())).code).toBe('server_unavailable');
  });

  it('F20 a dropped connection or no answer in time → network', async () => {
    const id = inject({ kind: 'drop' });
    expect((await failure(client().llu.connections())).code).toBe('network');
    sim.control.remove(id);
    inject({ kind: 'slow', delayMs: 60_000 });
    expect((await failure(client({ timeoutMs: 300 }).llu.connections())).code).toBe('network');
  });

  it('F21 a stalled upload is not an error: the same reading comes back', async () => {
    const { llu } = client();
    const before = await llu.connections();
    const id = before.map((p) => p.id).sort()[0]!;
    sim.control.stall(id, clock.now(), 20);
    await clock.advance(5 * 60_000);
    const after = await llu.connections();
    expect(after.find((p) => p.id === id)?.latest?.time).toBe(
      before.find((p) => p.id === id)?.latest?.time,
    );
  });

  it.each(['truncatedJson', 'nonJson', 'missingData', 'missingFactoryTimestamp'] as const)(
    'malformed answer (%s) → bad_response',
    async (variant) => {
      const { llu } = client();
      await llu.connections();
      inject({ kind: 'malformed', variant, endpoint: 'connections' });
      const error = await failure(llu.connections());
      expect(error.code).toBe('bad_response');
    },
  );

  it('a missing required field is named in the error', async () => {
    inject({ kind: 'malformed', variant: 'missingAuthTicketToken' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('bad_response');
    expect(error.details.field ?? error.message).toContain('token');
  });
});

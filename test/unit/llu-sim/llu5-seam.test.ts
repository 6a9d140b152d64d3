// Prepared for LibreLinkUp 5 (issue #14): a distinct `api_changed` verdict when answers stop
// matching every known pattern several calls in a row, one seam where the sign-in method
// lives, and a kept installation id. Every case runs the REAL client against the simulator.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_CHANGE_THRESHOLD } from '../../../main/core/llu/api-change';
import type { LluClientOptions } from '../../../main/core/llu/client';
import type { LluError } from '../../../main/core/llu/errors';
import { installationIdFile } from '../../../main/core/llu/installation-id';
import type { SignInMethod, SignInRequest } from '../../../main/core/llu/sign-in';
import type { StoredSession } from '../../../main/core/llu/types';
import type { KeyValueStore } from '../../../main/core/ports';
import { createMemoryStore } from '../../../main/core/storage/memory-store';
import { startSimulator, type Fault, type Simulator } from '../../../main/simulator';
import { createFakeClock, type FakeClock } from '../../helpers/fake-clock';
import { failure, simClient } from './sim-client';

let sim: Simulator;
let clock: FakeClock;

beforeAll(async () => {
  clock = createFakeClock(Date.UTC(2026, 11, 7, 8, 0, 0));
  sim = await startSimulator({ clock, seed: 5 });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.clear();
  sim.control.resetCounts();
});

const client = (
  options: Partial<LluClientOptions> = {},
  store: KeyValueStore<StoredSession> = createMemoryStore<StoredSession>(),
) => simClient(sim, clock, options, store);

const inject = (fault: Fault) => sim.control.inject(fault);

/** Codes of `n` connections() calls in a row ('ok' for a good answer). */
async function codes(call: () => Promise<unknown>, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      await call().then(
        () => 'ok',
        (error: LluError) => error.code,
      ),
    );
  }
  return out;
}

describe('answers that match no known pattern', () => {
  it.each([
    ['an unknown status code', 'unknownStatus'],
    ['required fields missing on every connection', 'missingFields'],
    ['a ciphertext body', 'encrypted'],
    ['LibreLinkUp 5 "unsupported country" (code 5)', 'unsupportedCountry'],
  ] as const)(
    `%s: bad_response at first, api_changed once it happens ${API_CHANGE_THRESHOLD} times in a row`,
    async (_name, variant) => {
      const { llu } = client();
      await llu.connections(); // signed in on the classic API
      inject({ kind: 'apiChanged', variant, endpoint: 'connections' });
      const seen = await codes(() => llu.connections(), API_CHANGE_THRESHOLD + 1);
      expect(seen).toEqual(['bad_response', 'bad_response', 'api_changed', 'api_changed']);
      const error = await failure(llu.connections());
      expect(error.message).toMatch(/^LibreLinkUp has changed; Glucobar needs an update\./);
    },
  );

  it('also when the sign-in itself answers in an unknown shape', async () => {
    inject({ kind: 'apiChanged', variant: 'unknownStatus', endpoint: 'login' });
    const { llu } = client();
    expect(await codes(() => llu.connections(), 3)).toEqual([
      'bad_response',
      'bad_response',
      'api_changed',
    ]);
  });

  it('a good answer ends the verdict and starts the count again', async () => {
    const { llu } = client();
    inject({ kind: 'apiChanged', variant: 'encrypted', endpoint: 'connections' });
    expect(await codes(() => llu.connections(), 3)).toContain('api_changed');
    sim.control.clear();
    expect((await llu.connections()).length).toBeGreaterThan(0);
    inject({ kind: 'apiChanged', variant: 'encrypted', endpoint: 'connections' });
    expect(await codes(() => llu.connections(), 1)).toEqual(['bad_response']);
  });

  it('a known failure in between breaks the run; no answer at all (network) does not', async () => {
    const { llu } = client();
    await llu.connections();
    inject({ kind: 'apiChanged', variant: 'unknownStatus', endpoint: 'connections', times: 2 });
    expect(await codes(() => llu.connections(), 2)).toEqual(['bad_response', 'bad_response']);
    inject({ kind: 'rateLimited', endpoint: 'connections', times: 1 });
    expect(await codes(() => llu.connections(), 1)).toEqual(['rate_limited']);
    inject({ kind: 'apiChanged', variant: 'unknownStatus', endpoint: 'connections', times: 2 });
    expect(await codes(() => llu.connections(), 2)).toEqual(['bad_response', 'bad_response']);
    inject({ kind: 'drop', endpoint: 'connections', times: 1 });
    expect(await codes(() => llu.connections(), 1)).toEqual(['network']);
    inject({ kind: 'apiChanged', variant: 'unknownStatus', endpoint: 'connections', times: 1 });
    expect(await codes(() => llu.connections(), 1)).toEqual(['api_changed']);
  });

  it('the count is kept with the session: one `glucobar status` a minute reaches it too', async () => {
    const store = createMemoryStore<StoredSession>();
    await client({}, store).llu.connections();
    inject({ kind: 'apiChanged', variant: 'missingFields', endpoint: 'connections' });
    for (let run = 1; run < API_CHANGE_THRESHOLD; run++) {
      expect((await failure(client({}, store).llu.connections())).code).toBe('bad_response');
    }
    expect((await failure(client({}, store).llu.connections())).code).toBe('api_changed');
  });
});

describe('the sign-in seam and the installation id', () => {
  /** A stand-in for a web sign-in: gets its token its own way, records what it was given. */
  function webLikeSignIn(): SignInMethod & { requests: SignInRequest[] } {
    const requests: SignInRequest[] = [];
    return {
      kind: 'web-test',
      requests,
      async signIn(request) {
        requests.push(request);
        // The demo account lives in region eu; a web page would know that by itself.
        const answer = await fetch(`${sim.apiUrl.replace('{region}', 'eu')}/llu/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', product: 'llu.ios', version: '4.17.0' },
          body: JSON.stringify(sim.demo),
        });
        const body = (await answer.json()) as {
          data: { user: { id: string }; authTicket: { token: string; expires: number } };
        };
        const { user, authTicket } = body.data;
        return {
          kind: 'success',
          token: authTicket.token,
          expiresAt: authTicket.expires * 1000,
          userId: user.id,
          region: 'eu',
        };
      },
    };
  }

  it('another sign-in method plugs in: its session serves the data calls', async () => {
    const method = webLikeSignIn();
    const { llu } = client({ signInMethod: method });
    expect((await llu.connections()).length).toBeGreaterThan(0);
    expect(method.requests).toHaveLength(1);
    expect(sim.control.counts().logins.success).toBe(1);
  });

  it('one installation id, made once, kept in the state dir across restarts and sign-out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glucobar-installation-'));
    try {
      const first = webLikeSignIn();
      const a = client({ signInMethod: first, installationStore: installationIdFile(dir) }).llu;
      await a.connections();
      const id = first.requests[0]?.installationId;
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const file = JSON.parse(readFileSync(join(dir, 'installation.json'), 'utf8')) as unknown;
      expect(file).toEqual({ installationId: id });

      await a.signOut();
      const second = webLikeSignIn();
      await client({
        signInMethod: second,
        installationStore: installationIdFile(dir),
      }).llu.connections();
      expect(second.requests[0]?.installationId).toBe(id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('another installation gets another id', async () => {
    const [one, two] = [webLikeSignIn(), webLikeSignIn()];
    await client({ signInMethod: one }).llu.connections();
    await client({ signInMethod: two }).llu.connections();
    expect(one.requests[0]?.installationId).not.toBe(two.requests[0]?.installationId);
  });
});

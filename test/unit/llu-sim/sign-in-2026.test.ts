// Sign-in and session as LibreLinkUp behaves in December 2026 (issue #14): a session cache that
// lags a fresh login, login steps no client can finish, a login without a ticket, expired
// passwords, regions behind a proxy, and refused passwords remembered without the password.
// Every case runs the REAL client against the simulator over HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LluClientOptions } from '../../../main/core/llu/client';
import { RELOGIN_PAUSE_MS } from '../../../main/core/llu/relogin-guard';
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
  sim = await startSimulator({ clock, seed: 14 });
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
const counts = () => sim.control.counts();

describe('a token refused right after a fresh login', () => {
  it.each([
    ['MissingCachedUser (HTTP 400)', { answer: 'missingCachedUser', httpStatus: 400 }],
    ['MissingCachedUser (HTTP 200)', { answer: 'missingCachedUser', httpStatus: 200 }],
    ['MissingCachedUser (HTTP 500)', { answer: 'missingCachedUser', httpStatus: 500 }],
    ['401 invalid or expired jwt', { answer: 'invalidJwt' }],
    ['401 invalid auth session', { answer: 'invalidSession' }],
  ] as const)('%s → one re-login, one retry, data', async (_name, lag) => {
    inject({ kind: 'sessionCacheLag', ...lag, times: 1 });
    const { llu } = client();
    expect((await llu.connections()).length).toBe(3);
    expect(counts().logins.success).toBe(2);
  });

  it('refused again after the re-login → unauthorized with website guidance, at most 2 logins', async () => {
    inject({ kind: 'sessionCacheLag', times: 2 });
    const { llu } = client();
    const error = await failure(llu.connections());
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/LibreView website/);
    expect(counts().logins.success).toBe(2);
  });

  it('no login storm across calls, also across processes; one re-login after the pause', async () => {
    inject({ kind: 'sessionCacheLag', times: 2 });
    const store = createMemoryStore<StoredSession>();
    expect((await failure(client({}, store).llu.connections())).code).toBe('unauthorized');
    for (let minute = 1; minute <= 10; minute += 1) {
      await clock.advance(60_000);
      // A status bar runs a new process every minute, sharing the token file.
      expect((await failure(client({}, store).llu.connections())).code).toBe('unauthorized');
    }
    expect(counts().logins.success).toBe(2);
    await clock.advance(RELOGIN_PAUSE_MS);
    expect((await client({}, store).llu.connections()).length).toBe(3);
    expect(counts().logins.success).toBe(3);
  });
});

describe('login steps Glucobar cannot finish', () => {
  it('a two-factor step → sign_in_step_required naming it; no continue, one login', async () => {
    inject({ kind: 'loginStep', type: 'twoFactor', componentName: 'TwoFactorVerify' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('sign_in_step_required');
    expect(error.details.step).toBe('twoFactor');
    expect(error.message).toMatch(/"twoFactor".*official LibreLinkUp app.*LibreView website/s);
    expect(counts().byEndpoint.continue ?? 0).toBe(0);
    expect(counts().byEndpoint.login).toBe(2); // global → redirect → home region
    expect(counts().byEndpoint.connections ?? 0).toBe(0);
  });

  it('a new document kind is not continued either', async () => {
    inject({ kind: 'loginStep', type: 'hipaa', componentName: 'AcceptDocument' });
    const { llu } = client();
    expect(await failure(llu.connections())).toMatchObject({
      code: 'sign_in_step_required',
      details: { step: 'hipaa' },
    });
    expect(counts().byEndpoint.continue ?? 0).toBe(0);
  });

  it('a step name that is not a plain identifier is never echoed', async () => {
    inject({ kind: 'loginStep', type: '<img src=x onerror=alert(1)>' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('sign_in_step_required');
    expect(error.details.step).toBeUndefined();
    expect(error.message).not.toContain('<');
  });

  it('status 0 without authTicket → a clear typed error and no data call', async () => {
    inject({ kind: 'noAuthTicket' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('sign_in_step_required');
    expect(error.message).toMatch(/issued no session.*two-factor/s);
    expect(counts().byEndpoint.connections ?? 0).toBe(0);
    expect(sim.control.requests().some((r) => r.endpoint !== 'login')).toBe(false);
  });

  it('a forced password change → password_expired with what to do', async () => {
    inject({ kind: 'loginStep', type: 'passwordExpired', componentName: 'ChangePassword' });
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('password_expired');
    expect(error.message).toMatch(/new password.*LibreView website/s);
  });
});

describe('regions behind --api-url', () => {
  it('a region only /llu/config/country knows uses the --api-url template with its key', async () => {
    sim.control.addRegion('xr');
    sim.control.addAccount({
      email: 'proxied@glucobar.app',
      password: 'demo',
      region: 'xr',
      followSelf: true,
    });
    // As seen through a proxy: the map names LibreView's own hosts, not the proxy.
    sim.control.setConfigHosts('libreview');
    const { llu, store } = client({
      credentials: { email: 'proxied@glucobar.app', password: 'demo' },
    });
    await llu.connections();
    expect(counts().byEndpoint.config).toBe(1);
    expect((await store.read())?.region).toBe('xr');
    expect(
      sim.control.requests().some((r) => r.region === 'xr' && r.endpoint === 'connections'),
    ).toBe(true);
  });
});

describe('refused passwords', () => {
  const wrong = { email: 'demo@glucobar.app', password: 'wrong' };

  it('the same refused credentials are never sent again, even by the next process', async () => {
    const store = createMemoryStore<StoredSession>();
    expect((await failure(client({ credentials: wrong }, store).llu.connections())).code).toBe(
      'bad_credentials',
    );
    await clock.advance(24 * 3_600_000);
    expect((await failure(client({ credentials: wrong }, store).llu.connections())).code).toBe(
      'bad_credentials',
    );
    expect(counts().logins.badCredentials).toBe(1);
    expect(JSON.stringify(await store.read())).not.toContain('wrong');
  });

  it('corrected credentials are tried at once', async () => {
    const store = createMemoryStore<StoredSession>();
    await failure(client({ credentials: wrong }, store).llu.connections());
    await clock.advance(60_000);
    expect((await client({}, store).llu.connections()).length).toBe(3);
    expect(counts().logins.success).toBe(1);
  });
});

describe('accept-terms', () => {
  it('with nothing pending says so instead of claiming an acceptance', async () => {
    expect(await client().llu.acceptTerms()).toBe('nothingPending');
    expect(counts().byEndpoint.continue ?? 0).toBe(0);
  });

  it('with a document pending accepts it', async () => {
    inject({ kind: 'terms', steps: ['tou'] });
    const { llu } = client();
    expect((await failure(llu.connections())).code).toBe('terms_required');
    expect(await llu.acceptTerms()).toBe('accepted');
  });
});

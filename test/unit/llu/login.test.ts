import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ID,
  EMAIL,
  GLOBAL,
  PASSWORD,
  T0,
  badCredentials,
  connectionsBody,
  failure,
  json,
  lockout,
  loginSuccess,
  makeClient,
  redirect,
  step,
  storedSession,
  text,
} from './fixtures';

const LOGIN = 'POST /llu/auth/login';
const CONNECTIONS = 'GET /llu/connections';

describe('login', () => {
  it('logs in on the global host and stores token, expiry in ms, user id and region', async () => {
    const { client, fake, store } = makeClient({
      [LOGIN]: json(loginSuccess('login-token-1', T0 / 1000 + 3600)),
      [CONNECTIONS]: json(connectionsBody([])),
    });
    await failure(client.connections()); // empty list: no_connections, but the login happened
    expect(fake.calls[0]).toMatchObject({ method: 'POST', url: `${GLOBAL}/llu/auth/login` });
    expect(JSON.parse(fake.calls[0]?.body ?? '')).toEqual({ email: EMAIL, password: PASSWORD });
    expect(fake.calls[0]?.headers.Authorization).toBeUndefined();
    expect(store.writes[0]).toEqual({
      token: 'login-token-1',
      expiresAt: T0 + 3_600_000,
      userId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      region: 'global',
    });
    expect(fake.calls[1]?.headers).toMatchObject({
      Authorization: 'Bearer login-token-1',
      'Account-Id': ACCOUNT_ID,
    });
    expect(client.loginCount()).toBe(1);
  });

  it('follows a region redirect and uses that region afterwards', async () => {
    const { client, fake, store } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json(redirect('eu2')),
      'POST https://api-eu2.libreview.io/llu/auth/login': json(loginSuccess()),
      'GET https://api-eu2.libreview.io/llu/connections': json(connectionsBody()),
    });
    const patients = await client.connections();
    expect(patients).toHaveLength(1);
    expect(fake.calls.map((c) => c.url)).toEqual([
      `${GLOBAL}/llu/auth/login`,
      'https://api-eu2.libreview.io/llu/auth/login',
      'https://api-eu2.libreview.io/llu/connections',
    ]);
    expect(store.value?.region).toBe('eu2');
  });

  it('starts at the stored region', async () => {
    const { client, fake } = makeClient(
      {
        'POST https://api-de.libreview.io/llu/auth/login': json(loginSuccess()),
        'GET https://api-de.libreview.io/llu/connections': json(connectionsBody()),
      },
      { session: storedSession({ region: 'de', expiresAt: T0 - 1 }) },
    );
    await client.connections();
    expect(fake.calls[0]?.url).toBe('https://api-de.libreview.io/llu/auth/login');
    expect(fake.unmatched).toEqual([]);
  });

  it('refuses a redirect back to a region already tried', async () => {
    const { client, fake } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json(redirect('eu')),
      'POST https://api-eu.libreview.io/llu/auth/login': json(redirect('global')),
    });
    const error = await failure(client.connections());
    expect(error.code).toBe('region_unknown');
    expect(error.message).toMatch(/already tried/);
    expect(fake.calls).toHaveLength(2);
  });

  it('stops after three redirects', async () => {
    const { client, fake } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json(redirect('eu')),
      'POST https://api-eu.libreview.io/llu/auth/login': json(redirect('de')),
      'POST https://api-de.libreview.io/llu/auth/login': json(redirect('fr')),
      'POST https://api-fr.libreview.io/llu/auth/login': json(redirect('us')),
      'POST https://api-us.libreview.io/llu/auth/login': json(loginSuccess()),
    });
    const error = await failure(client.connections());
    expect(error.code).toBe('region_unknown');
    expect(fake.calls).toHaveLength(4);
  });

  it('resolves an unknown region through /llu/config/country', async () => {
    const { client, fake, store } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json({
        status: 0,
        data: { redirect: true, region: 'xx', country: 'ch' },
      }),
      [`GET ${GLOBAL}/llu/config/country`]: json({
        status: 0,
        data: { regionalMap: { xx: { lslApi: 'https://api-xx.libreview.io/', socketHub: 'x' } } },
      }),
      'POST https://api-xx.libreview.io/llu/auth/login': json(loginSuccess()),
      'GET https://api-xx.libreview.io/llu/connections': json(connectionsBody()),
    });
    await client.connections();
    expect(fake.calls[1]?.path).toBe('/llu/config/country?country=CH');
    expect(fake.unmatched).toEqual([]);
    expect(store.value?.region).toBe('xx');
  });

  it('asks the config endpoint for DE when no country is known', async () => {
    const { client, fake } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json(redirect('xx')),
      [`GET ${GLOBAL}/llu/config/country`]: json({ status: 0, data: { regionalMap: {} } }),
    });
    const error = await failure(client.connections());
    expect(fake.calls[1]?.path).toBe('/llu/config/country?country=DE');
    expect(error.code).toBe('region_unknown');
    expect(error.details.region).toBe('xx');
  });

  it('never sends the password to a host outside LibreView', async () => {
    const { client, fake } = makeClient({
      [`POST ${GLOBAL}/llu/auth/login`]: json(redirect('xx')),
      [`GET ${GLOBAL}/llu/config/country`]: json({
        status: 0,
        data: { regionalMap: { xx: { lslApi: 'https://api-xx.evil.example/' } } },
      }),
    });
    const error = await failure(client.connections());
    expect(error.code).toBe('region_unknown');
    expect(fake.calls.filter((c) => c.body?.includes(PASSWORD))).toHaveLength(1);
  });

  it('with an override, accepts a looked-up host only on the override origin', async () => {
    const base = 'http://127.0.0.1:4567';
    const { client, fake } = makeClient(
      {
        [`POST ${base}/global/llu/auth/login`]: json(redirect('xx')),
        [`GET ${base}/global/llu/config/country`]: json({
          status: 0,
          data: { regionalMap: { xx: { lslApi: `${base}/xx/` } } },
        }),
        [`POST ${base}/xx/llu/auth/login`]: json(loginSuccess()),
        [`GET ${base}/xx/llu/connections`]: json(connectionsBody()),
      },
      { apiUrl: `${base}/{region}` },
    );
    await client.connections();
    expect(fake.unmatched).toEqual([]);
    expect(fake.calls).toHaveLength(4);
  });

  it('bad credentials: throws and never tries again until the credentials change', async () => {
    const { client, fake } = makeClient({
      [LOGIN]: [json(badCredentials), json(loginSuccess())],
      [CONNECTIONS]: json(connectionsBody()),
    });
    expect((await failure(client.connections())).code).toBe('bad_credentials');
    expect((await failure(client.connections())).code).toBe('bad_credentials');
    expect(fake.calls).toHaveLength(1);
    client.setCredentials({ email: EMAIL, password: PASSWORD });
    expect((await failure(client.connections())).code).toBe('bad_credentials');
    expect(fake.calls).toHaveLength(1);
    client.setCredentials({ email: EMAIL, password: 'a new password' });
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(2);
    expect(JSON.parse(fake.calls[1]?.body ?? '').password).toBe('a new password');
  });

  it('a refused login is remembered in the stored session: a new process does not retry it', async () => {
    const first = makeClient({ [LOGIN]: json(badCredentials) });
    expect((await failure(first.client.connections())).code).toBe('bad_credentials');
    const saved = await first.store.read();
    expect(saved?.loginBlock?.code).toBe('bad_credentials');
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);

    const next = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { session: saved },
    );
    expect((await failure(next.client.connections())).code).toBe('bad_credentials');
    expect(next.fake.calls).toHaveLength(0);
    // Entering the credentials again is the person's explicit retry.
    next.client.setCredentials({ email: EMAIL, password: PASSWORD });
    await next.client.connections();
    expect(next.fake.count('POST', '/llu/auth/login')).toBe(1);
    expect((await next.store.read())?.loginBlock).toBeUndefined();
  });

  it('lockout: waits the announced time on the clock before the next login', async () => {
    const { client, fake, clock } = makeClient({
      [LOGIN]: [json(lockout(300)), json(loginSuccess())],
      [CONNECTIONS]: json(connectionsBody()),
    });
    const first = await failure(client.connections());
    expect(first.code).toBe('locked_out');
    expect(first.details.retryAfterSeconds).toBe(300);
    clock.advance(299_000);
    const second = await failure(client.connections());
    expect(second.code).toBe('locked_out');
    expect(second.details.retryAfterSeconds).toBe(1);
    expect(fake.calls).toHaveLength(1);
    clock.advance(1_000);
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(2);
  });

  it('a terms step stores the pending step and throws terms_required with the document', async () => {
    const { client, store, fake } = makeClient({ [LOGIN]: json(step('pp', 'pp-step-token')) });
    const error = await failure(client.connections());
    expect(error.code).toBe('terms_required');
    expect(error.details.document).toBe('pp');
    expect(store.value?.pendingStep).toEqual({
      type: 'pp',
      token: 'pp-step-token',
      expiresAt: T0 + 3_600_000,
    });
    expect(store.value?.token).toBe('');
    expect(fake.calls.some((c) => c.path.startsWith('/auth/continue'))).toBe(false);
  });

  it('maps the other login outcomes', async () => {
    const cases: [ReturnType<typeof json>, string][] = [
      [json(step('verifyEmail')), 'email_verification_required'],
      [json({ status: 911 }), 'server_unavailable'],
      [text('', 430), 'blocked'],
      [json({ message: 'Too Many Requests' }, 429), 'rate_limited'],
      [text('<html>Bad Gateway</html>', 502), 'server_unavailable'],
      [text('{"status":0,"data":{"user":', 200), 'bad_response'],
      [json({ status: 0, data: { user: { id: 'u' } } }), 'sign_in_step_required'],
      [json({ status: 0, data: { user: { id: 'u' }, authTicket: { token: '' } } }), 'bad_response'],
      [json({ status: 77 }), 'bad_response'],
      [json(step('mfa')), 'sign_in_step_required'],
      [json(step('pwdExpired')), 'password_expired'],
      [json({ status: 2, error: { message: 'provider_password_expired' } }), 'password_expired'],
      [new TypeError('fetch failed'), 'network'],
    ];
    for (const [reply, code] of cases) {
      const { client } = makeClient({ [LOGIN]: reply });
      expect((await failure(client.connections())).code, code).toBe(code);
    }
  });

  it('names the missing field of a malformed success', async () => {
    const body = loginSuccess();
    const { client } = makeClient({
      [LOGIN]: json({ ...body, data: { ...body.data, authTicket: { expires: 1 } } }),
    });
    const error = await failure(client.connections());
    expect(error.details.field).toBe('data.authTicket.token');
  });

  it('without credentials asks for them and sends nothing', async () => {
    const { client, fake } = makeClient({}, { credentials: null });
    expect((await failure(client.connections())).code).toBe('credentials_missing');
    expect(fake.calls).toHaveLength(0);
  });

  it('shares one login between concurrent calls', async () => {
    const { client, fake } = makeClient({
      [LOGIN]: json(loginSuccess()),
      [CONNECTIONS]: json(connectionsBody()),
    });
    await Promise.all([client.connections(), client.connections()]);
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
    expect(client.loginCount()).toBe(1);
  });
});

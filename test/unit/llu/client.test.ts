import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_VERSION } from '../../../main/core/llu/client';
import { LluError } from '../../../main/core/llu/errors';
import {
  ACCOUNT_ID,
  DAY_S,
  PATIENT_ID,
  T0,
  connection,
  connectionsBody,
  createMemoryStore,
  failure,
  glucoseItem,
  graphBody,
  graphItem,
  json,
  loginSuccess,
  makeClient,
  step,
  storedSession,
  text,
  ticket,
} from './fixtures';

const LOGIN = 'POST /llu/auth/login';
const CONNECTIONS = 'GET /llu/connections';
const EU = 'https://api-eu.libreview.io';
const GRAPH = `GET /llu/connections/${PATIENT_ID}/graph`;
const LOGBOOK = `GET /llu/connections/${PATIENT_ID}/logbook`;
const expired = { status: 401, text: '{"message":"invalid or expired jwt"}' };

describe('token reuse', () => {
  it('uses an unexpired stored token on its region without logging in', async () => {
    const { client, fake } = makeClient(
      { [`GET ${EU}/llu/connections`]: json(connectionsBody()) },
      { session: storedSession() },
    );
    await client.connections();
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.headers).toMatchObject({
      Authorization: 'Bearer stored-token-aaaa',
      'Account-Id': ACCOUNT_ID,
      version: DEFAULT_CLIENT_VERSION,
      product: 'llu.ios',
    });
    expect(client.loginCount()).toBe(0);
  });

  it('logs in when the stored token has expired', async () => {
    const { client, fake } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession({ expiresAt: T0 - 1000 }) },
    );
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
  });

  it('replaces the token with every ticket and saves it', async () => {
    const { client, fake, store } = makeClient(
      {
        [CONNECTIONS]: [
          json(connectionsBody([connection()], 'ticket-1')),
          json(connectionsBody([connection()], 'ticket-2')),
        ],
      },
      { session: storedSession() },
    );
    await client.connections();
    expect(store.value).toMatchObject({
      token: 'ticket-1',
      expiresAt: (T0 / 1000 + 180 * DAY_S) * 1000,
    });
    await client.connections();
    expect(fake.calls[1]?.headers.Authorization).toBe('Bearer ticket-1');
    expect(store.value?.token).toBe('ticket-2');
  });

  it('ignores a malformed or already expired ticket', async () => {
    const { client, store } = makeClient(
      {
        [CONNECTIONS]: [
          json({ ...connectionsBody(), ticket: { token: 5 } }),
          json({ ...connectionsBody(), ticket: ticket('old', T0 / 1000 - 10) }),
        ],
      },
      { session: storedSession() },
    );
    await client.connections();
    await client.connections();
    expect(store.value?.token).toBe('stored-token-aaaa');
  });

  it('on 401 logs in once and retries once', async () => {
    const { client, fake } = makeClient(
      {
        [LOGIN]: json(loginSuccess('fresh-token')),
        [`GET ${EU}/llu/connections`]: [expired, json(connectionsBody())],
      },
      { session: storedSession() },
    );
    const patients = await client.connections();
    expect(patients).toHaveLength(1);
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /llu/connections',
      'POST /llu/auth/login',
      'GET /llu/connections',
    ]);
    expect(fake.calls[1]?.url).toBe(`${EU}/llu/auth/login`);
    expect(fake.calls[2]?.headers.Authorization).toBe('Bearer fresh-token');
  });

  it('after a second refusal gives unauthorized', async () => {
    const { client, fake } = makeClient(
      {
        [LOGIN]: json(loginSuccess('fresh-token')),
        [CONNECTIONS]: {
          status: 401,
          text: '{"status":401,"error":{"message":"invalid auth session"}}',
        },
      },
      { session: storedSession() },
    );
    expect((await failure(client.connections())).code).toBe('unauthorized');
    expect(fake.calls).toHaveLength(3);
  });

  it('treats MissingCachedUser like a refused token', async () => {
    const { client, fake } = makeClient(
      {
        [LOGIN]: json(loginSuccess()),
        [GRAPH]: [json({ message: 'MissingCachedUser' }, 400), json(graphBody([]))],
      },
      { session: storedSession() },
    );
    await client.graph(PATIENT_ID);
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
  });

  it('a token from a fresh login that is refused gets one re-login, then no storm', async () => {
    const { client, fake } = makeClient({ [LOGIN]: json(loginSuccess()), [CONNECTIONS]: expired });
    expect((await failure(client.connections())).code).toBe('unauthorized');
    expect(fake.count('POST', '/llu/auth/login')).toBe(2);
    expect(fake.calls).toHaveLength(4);
    // The next calls use the token they have and do not sign in again for a while.
    expect((await failure(client.connections())).code).toBe('unauthorized');
    expect((await failure(client.connections())).code).toBe('unauthorized');
    expect(fake.count('POST', '/llu/auth/login')).toBe(2);
  });
});

describe('version gate', () => {
  const gate = (v: string) => json({ data: { minimumVersion: v }, status: 920 }, 403);

  it('adopts the demanded version, persists it and retries once', async () => {
    const { client, fake, store } = makeClient(
      { [CONNECTIONS]: [gate('4.18.0'), json(connectionsBody())] },
      { session: storedSession() },
    );
    await client.connections();
    expect(fake.calls.map((c) => c.headers.version)).toEqual(['4.17.0', '4.18.0']);
    expect(store.value?.clientVersion).toBe('4.18.0');
  });

  it('falls back to the default for a malformed configured version', async () => {
    const { client, fake } = makeClient(
      { [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession(), clientVersion: '4.17\r\nX: y' },
    );
    await client.connections();
    expect(fake.calls[0]?.headers.version).toBe(DEFAULT_CLIENT_VERSION);
  });

  it('sends a newer configured version', async () => {
    const { client, fake } = makeClient(
      { [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession(), clientVersion: '4.18.2', product: 'llu.android' },
    );
    await client.connections();
    expect(fake.calls[0]?.headers).toMatchObject({ version: '4.18.2', product: 'llu.android' });
  });

  it('starts with a persisted adopted version', async () => {
    const { client, fake } = makeClient(
      { [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession({ clientVersion: '4.19.1' }) },
    );
    await client.connections();
    expect(fake.calls[0]?.headers.version).toBe('4.19.1');
  });

  it('gives client_outdated with the minimum when the retry fails too', async () => {
    const { client, fake } = makeClient(
      { [CONNECTIONS]: [gate('4.18.0'), gate('4.19.0')] },
      { session: storedSession() },
    );
    const error = await failure(client.connections());
    expect(error.code).toBe('client_outdated');
    expect(error.details.minimumVersion).toBe('4.19.0');
    expect(fake.calls).toHaveLength(2);
  });

  it('does not retry when the demand is not newer than what was sent', async () => {
    const { client, fake } = makeClient(
      { [CONNECTIONS]: gate('4.16.0') },
      { session: storedSession() },
    );
    expect((await failure(client.connections())).code).toBe('client_outdated');
    expect(fake.calls).toHaveLength(1);
  });

  it('reports a demanded header as client_outdated', async () => {
    const { client } = makeClient(
      { [CONNECTIONS]: json({ message: 'RequiredHeaderMissing' }, 400) },
      { session: storedSession() },
    );
    const error = await failure(client.connections());
    expect(error.code).toBe('client_outdated');
    expect(error.message).toMatch(/header/);
  });
});

describe('data', () => {
  const session = { session: storedSession() };

  it('connections → patients with the live value', async () => {
    const { client } = makeClient(
      {
        [CONNECTIONS]: json(
          connectionsBody([connection(), connection({ patientId: 'p2', id: 'c2', sensor: null })]),
        ),
      },
      session,
    );
    const [first, second] = await client.connections();
    expect(first?.latest).toEqual({
      time: Date.UTC(2025, 9, 9, 6, 58, 10),
      mgdl: 131,
      trend: 'flat',
      sensorLimit: null,
      localOffsetMinutes: 120,
      source: 'live',
    });
    expect(second).toMatchObject({ id: 'p2', sensor: null });
  });

  it('an empty list is no_connections with guidance', async () => {
    const { client } = makeClient({ [CONNECTIONS]: json(connectionsBody([])) }, session);
    const error = await failure(client.connections());
    expect(error.code).toBe('no_connections');
    expect(error.message).toMatch(/invitation/);
    expect(error.message).toMatch(/follow yourself/);
  });

  it('graph → patient and graph readings, oldest first, trend unknown', async () => {
    const { client, fake } = makeClient(
      {
        [GRAPH]: json(
          graphBody([
            graphItem('10/8/2025 7:50:10 PM', '10/8/2025 9:50:10 PM', 188),
            graphItem('10/8/2025 7:45:11 PM', '10/8/2025 9:45:11 PM', 142),
          ]),
        ),
      },
      session,
    );
    const result = await client.graph(PATIENT_ID);
    expect(fake.calls[0]?.url).toBe(`${EU}/llu/connections/${PATIENT_ID}/graph`);
    expect(result.patient.id).toBe(PATIENT_ID);
    expect(result.readings).toEqual([
      expect.objectContaining({
        time: Date.UTC(2025, 9, 8, 19, 45, 11),
        mgdl: 142,
        trend: 'unknown',
        source: 'graph',
      }),
      expect.objectContaining({
        time: Date.UTC(2025, 9, 8, 19, 50, 10),
        mgdl: 188,
        source: 'graph',
      }),
    ]);
  });

  it('graph without graphData is an empty history', async () => {
    const body = graphBody([]);
    const { client } = makeClient(
      { [GRAPH]: json({ ...body, data: { connection: connection() } }) },
      session,
    );
    expect((await client.graph(PATIENT_ID)).readings).toEqual([]);
  });

  it('logbook → logbook readings in server order', async () => {
    const { client } = makeClient(
      {
        [LOGBOOK]: json({
          status: 0,
          data: [
            glucoseItem({
              FactoryTimestamp: '10/9/2025 6:10:00 AM',
              ValueInMgPerDl: 197,
              TrendArrow: 4,
            }),
            glucoseItem({
              FactoryTimestamp: '10/8/2025 11:30:12 PM',
              ValueInMgPerDl: 62,
              TrendArrow: 1,
            }),
          ],
          ticket: ticket('t'),
        }),
      },
      session,
    );
    const readings = await client.logbook(PATIENT_ID);
    expect(readings.map((r) => [r.mgdl, r.trend, r.source])).toEqual([
      [197, 'rising', 'logbook'],
      [62, 'fallingQuickly', 'logbook'],
    ]);
  });

  it('status 4 on patient calls is patient_not_found', async () => {
    for (const message of [
      'couldNotLoadPatient',
      'followerNotConnectToPatient',
      'follower not connect to patient',
    ]) {
      const { client } = makeClient({ [GRAPH]: json({ status: 4, error: { message } }) }, session);
      expect((await failure(client.graph(PATIENT_ID))).code, message).toBe('patient_not_found');
    }
  });

  it('an empty patient id is patient_not_found without a request', async () => {
    const { client, fake } = makeClient({}, session);
    expect((await failure(client.graph(' '))).code).toBe('patient_not_found');
    expect(fake.calls).toHaveLength(0);
  });

  it('escapes the patient id in the path', async () => {
    const { client, fake } = makeClient({}, session);
    await failure(client.logbook('a/../b?c'));
    expect(fake.calls[0]?.path).toBe('/llu/connections/a%2F..%2Fb%3Fc/logbook');
  });

  it('2xx bodies that are not JSON, truncated, or miss fields are bad_response', async () => {
    for (const [reply, field] of [
      [text('<html>maintenance</html>', 200), undefined],
      [text('{"status":0,"data":[{"id":', 200), undefined],
      [json({ data: [] }), 'status'],
      [json({ status: 0, data: [connection({ targetLow: 'low' })] }), 'data[0].targetLow'],
      [
        json({
          status: 0,
          data: [connection({ glucoseMeasurement: glucoseItem({ FactoryTimestamp: 'x' }) })],
        }),
        'data[0].glucoseMeasurement.FactoryTimestamp',
      ],
    ] as const) {
      const { client } = makeClient({ [CONNECTIONS]: reply }, session);
      const error = await failure(client.connections());
      expect(error.code).toBe('bad_response');
      expect(error.details.field).toBe(field);
    }
  });

  it('maps throttling and faults of data calls', async () => {
    const cases = [
      [json({ message: 'slow down' }, 429, { 'Retry-After': '30' }), 'rate_limited', 30],
      [text('<html>Too Many Requests</html>', 429), 'rate_limited', undefined],
      [
        text('abc123', 476, { 'content-type': 'text/plain', 'retry-after': '65620' }),
        'blocked',
        65620,
      ],
      [text('<title>Attention Required! | Cloudflare</title>', 403), 'blocked', undefined],
      [text('<html>gateway</html>', 504), 'server_unavailable', undefined],
      [json({ status: 911 }), 'server_unavailable', undefined],
      [new Error('ECONNRESET'), 'network', undefined],
    ] as const;
    for (const [reply, code, retry] of cases) {
      const { client } = makeClient({ [CONNECTIONS]: reply }, session);
      const error = await failure(client.connections());
      expect(error.code, code).toBe(code);
      expect(error.details.retryAfterSeconds).toBe(retry);
    }
  });
});

describe('acceptTerms', () => {
  const CONTINUE_PP = 'POST /auth/continue/pp';
  const CONTINUE_TOU = 'POST /auth/continue/tou';

  it('is never called automatically: a step only raises terms_required', async () => {
    const { client, fake } = makeClient({ [LOGIN]: json(step('tou')) });
    await failure(client.connections());
    await failure(client.connections());
    expect(fake.calls.filter((c) => c.path.startsWith('/auth/continue'))).toHaveLength(0);
  });

  it('continues a pending step with its token, then the next step, then logs in', async () => {
    const { client, fake, store } = makeClient({
      [LOGIN]: json(step('tou', 'tou-token')),
      [CONTINUE_TOU]: json(step('pp', 'pp-token')),
      [CONTINUE_PP]: json(loginSuccess('full-token')),
      [CONNECTIONS]: json(connectionsBody()),
    });
    expect((await failure(client.connections())).details.document).toBe('tou');
    const next = await failure(client.acceptTerms());
    expect(next.code).toBe('terms_required');
    expect(next.details.document).toBe('pp');
    const tou = fake.calls.find((c) => c.path === '/auth/continue/tou');
    expect(tou?.url).toBe('https://api.libreview.io/auth/continue/tou');
    expect(tou?.headers.Authorization).toBe('Bearer tou-token');
    expect(tou?.body).toBeUndefined();
    await client.acceptTerms();
    expect(fake.calls.find((c) => c.path === '/auth/continue/pp')?.headers.Authorization).toBe(
      'Bearer pp-token',
    );
    expect(store.value).toMatchObject({ token: 'full-token', region: 'global' });
    expect(store.value?.pendingStep).toBeUndefined();
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
  });

  it('logs in first when no step is pending', async () => {
    const { client, fake } = makeClient({
      [LOGIN]: json(step('pp', 'pp-token')),
      [CONTINUE_PP]: json(loginSuccess()),
    });
    await client.acceptTerms();
    expect(fake.calls.map((c) => c.path)).toEqual(['/llu/auth/login', '/auth/continue/pp']);
  });

  it('uses a stored pending step and refreshes it once when its token is refused', async () => {
    const { client, fake } = makeClient(
      {
        [LOGIN]: json(step('pp', 'new-pp-token')),
        [CONTINUE_PP]: [expired, json(loginSuccess())],
      },
      {
        session: storedSession({
          token: '',
          expiresAt: 0,
          pendingStep: { type: 'pp', token: 'old-pp-token', expiresAt: T0 + 600_000 },
        }),
      },
    );
    await client.acceptTerms();
    expect(fake.calls.map((c) => [c.path, c.headers.Authorization])).toEqual([
      ['/auth/continue/pp', 'Bearer old-pp-token'],
      ['/llu/auth/login', undefined],
      ['/auth/continue/pp', 'Bearer new-pp-token'],
    ]);
  });

  it('points at the official app when LibreLinkUp refuses the acceptance', async () => {
    const { client, fake } = makeClient({ [LOGIN]: json(step('tou')), [CONTINUE_TOU]: expired });
    const error = await failure(client.acceptTerms());
    expect(error.code).toBe('terms_required');
    expect(error.message).toMatch(/official LibreLinkUp app/);
    expect(fake.calls).toHaveLength(2);
  });
});

describe('session lifecycle', () => {
  it('signOut forgets the token and clears the store', async () => {
    const { client, fake, store } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession() },
    );
    await client.connections();
    await client.signOut();
    expect(store.value).toBeUndefined();
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
  });

  it('another account’s credentials drop the stored session', async () => {
    const { client, fake, store } = makeClient(
      { [LOGIN]: json(loginSuccess('other-token')), [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession() },
    );
    await client.connections();
    client.setCredentials({ email: 'someone.else@example.org', password: 'pw' });
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
    expect(store.clears).toBe(1);
  });

  it('keeps working in memory when the store fails', async () => {
    const store = createMemoryStore<never>();
    const broken = {
      read: () => Promise.reject(new Error('disk')),
      write: () => Promise.reject(new Error('disk')),
      clear: store.clear,
    };
    const { client, fake, logger } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { sessionStore: broken },
    );
    await client.connections();
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
    expect(logger.entries.some((e) => e.message.includes('could not save'))).toBe(true);
  });

  it('ignores a stored session whose region could alter a URL', async () => {
    const { client, fake } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { session: storedSession({ region: 'evil.example/x' }) },
    );
    await client.connections();
    expect(fake.calls[0]?.url).toBe('https://api.libreview.io/llu/auth/login');
  });

  it('throws only LluError even when the logger throws', async () => {
    const throwing = {
      debug: () => {},
      info: () => {
        throw new Error('logger down');
      },
      warn: () => {
        throw new Error('logger down');
      },
      error: () => {
        throw new Error('logger down');
      },
    };
    const { client } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { logger: throwing },
    );
    const error = await failure(client.connections());
    expect(error).toBeInstanceOf(LluError);
  });

  it('ignores an unreadable stored session', async () => {
    const { client, fake } = makeClient(
      { [LOGIN]: json(loginSuccess()), [CONNECTIONS]: json(connectionsBody()) },
      { session: { token: 5 } as never },
    );
    await client.connections();
    expect(fake.count('POST', '/llu/auth/login')).toBe(1);
  });
});

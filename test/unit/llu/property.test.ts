import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REQUESTS_PER_CALL } from '../../../main/core/llu/client';
import { isLluError } from '../../../main/core/llu/errors';
import {
  PATIENT_ID,
  T0,
  badCredentials,
  connection,
  connectionsBody,
  failure,
  graphBody,
  graphItem,
  json,
  lockout,
  loginSuccess,
  makeClient,
  redirect,
  step,
  storedSession,
  type RecordedCall,
  type Reply,
} from './fixtures';

const text = (body: unknown): string => JSON.stringify(body);

const loginBodies = [
  loginSuccess(),
  redirect('eu'),
  redirect('de'),
  redirect('xx'),
  redirect('global'),
  step('tou'),
  step('pp'),
  step('verifyEmail'),
  badCredentials,
  lockout(),
].map(text);

const dataBodies = [
  connectionsBody(),
  connectionsBody([]),
  connectionsBody([connection({ sensor: null, glucoseMeasurement: null })]),
  graphBody([graphItem('10/8/2025 7:45:11 PM', '10/8/2025 9:45:11 PM', 142)]),
  { status: 0, data: [], ticket: { token: 't', expires: T0 / 1000 + 100 } },
  { status: 4, error: { message: 'couldNotLoadPatient' } },
  { status: 911 },
].map(text);

const commonBodies = [
  { status: 0, data: { regionalMap: { xx: { lslApi: 'https://api-xx.libreview.io/' } } } },
  { data: { minimumVersion: '4.99.0' }, status: 920 },
  { status: 920 },
  { message: 'MissingCachedUser' },
  { message: 'invalid or expired jwt' },
  { message: 'RequiredHeaderMissing' },
  { status: 401, error: { message: 'invalid auth session' } },
].map(text);

/** Plausible bodies, damaged ones, and arbitrary JSON or text. */
function bodyText(plausible: string[]): fc.Arbitrary<string> {
  const pool = [...plausible, ...commonBodies];
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...pool) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...pool), fc.nat())
        .map(([body, cut]) => body.slice(0, cut % (body.length + 1))),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<html><title>Attention Required! | Cloudflare</title></html>',
        '',
      ),
    },
  );
}

const statusCode = fc.oneof(
  { weight: 12, arbitrary: fc.constant(200) },
  { weight: 3, arbitrary: fc.constantFrom(400, 401, 403, 404, 429, 430, 476, 500, 502, 503) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 599 }) },
);

const headers = fc.dictionary(
  fc.constantFrom('retry-after', 'content-type', 'Retry-After'),
  fc.oneof(
    fc.string(),
    fc.nat().map(String),
    fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toUTCString()),
  ),
);

function replies(plausible: string[]): fc.Arbitrary<Reply[]> {
  const reply: fc.Arbitrary<Reply> = fc.oneof(
    {
      weight: 15,
      arbitrary: fc.record({ status: statusCode, text: bodyText(plausible), headers }),
    },
    { weight: 1, arbitrary: fc.constant(new TypeError('fetch failed')) },
  );
  return fc.array(reply, { minLength: 1, maxLength: 12 });
}

type Action = 'connections' | 'graph' | 'logbook' | 'acceptTerms';
const action = fc.constantFrom<Action>('connections', 'graph', 'logbook', 'acceptTerms');

const startSession = fc.constantFrom('none', 'valid', 'pending', 'unknown-region').map((kind) => {
  if (kind === 'valid') return storedSession();
  if (kind === 'unknown-region') return storedSession({ region: 'xx' });
  if (kind === 'pending') {
    return storedSession({
      token: '',
      expiresAt: 0,
      pendingStep: { type: 'tou', token: 'step', expiresAt: T0 + 60_000 },
    });
  }
  return undefined;
});

function cycle(list: Reply[]): () => Reply {
  let n = 0;
  return () => list[n++ % list.length] as Reply;
}

describe('LluClient under arbitrary answers', () => {
  it('throws only LluError and sends a bounded number of requests per call', async () => {
    await fc.assert(
      fc.asyncProperty(
        replies(loginBodies),
        replies(dataBodies),
        fc.array(action, { minLength: 1, maxLength: 5 }),
        startSession,
        async (loginReplies, dataReplies, actions, session) => {
          const login = cycle(loginReplies);
          const data = cycle(dataReplies);
          const route = (call: RecordedCall): Reply => (call.method === 'POST' ? login() : data());
          const { client, fake } = makeClient(
            { '*': route },
            { timeoutMs: 1000, ...(session ? { session } : {}) },
          );
          for (const act of actions) {
            const before = fake.calls.length;
            try {
              if (act === 'connections') await client.connections();
              else if (act === 'graph') await client.graph(PATIENT_ID);
              else if (act === 'logbook') await client.logbook(PATIENT_ID);
              else await client.acceptTerms();
            } catch (error) {
              expect(isLluError(error)).toBe(true);
            }
            expect(fake.calls.length - before).toBeLessThanOrEqual(MAX_REQUESTS_PER_CALL);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reaches but does not pass the bound in the worst case', async () => {
    // Stored token on an unknown region → lookup; refused → re-login through three redirects
    // with a version demand on the way; then the data request again.
    const { client, fake } = makeClient(
      {
        'GET /llu/config/country': json({
          status: 0,
          data: { regionalMap: { xx: { lslApi: 'https://api-xx.libreview.io/' } } },
        }),
        'GET https://api-xx.libreview.io/llu/connections': json(
          { message: 'invalid or expired jwt' },
          401,
        ),
        'POST https://api-xx.libreview.io/llu/auth/login': json(redirect('eu')),
        'POST https://api-eu.libreview.io/llu/auth/login': json(redirect('de')),
        'POST https://api-de.libreview.io/llu/auth/login': [
          json({ status: 920, data: { minimumVersion: '4.20.0' } }, 403),
          json(redirect('fr')),
        ],
        'POST https://api-fr.libreview.io/llu/auth/login': json(loginSuccess()),
        'GET https://api-fr.libreview.io/llu/connections': json(connectionsBody()),
      },
      { session: storedSession({ region: 'xx' }) },
    );
    await client.connections();
    expect(fake.unmatched).toEqual([]);
    expect(fake.calls).toHaveLength(MAX_REQUESTS_PER_CALL);
  });

  it('a fourth redirect, a second lookup or a second version retry is never sent', async () => {
    const { client, fake } = makeClient({
      '*': (call) =>
        call.path.startsWith('/llu/config')
          ? json({ status: 0, data: { regionalMap: {} } })
          : json({ status: 920, data: { minimumVersion: `4.${20 + fake.calls.length}.0` } }, 403),
    });
    expect((await failure(client.connections())).code).toBe('client_outdated');
    expect(fake.calls).toHaveLength(2);
  });
});

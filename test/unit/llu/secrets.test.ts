import { describe, expect, it } from 'vitest';
import { isLluError, type LluError } from '../../../main/core/llu/errors';
import {
  EMAIL,
  PASSWORD,
  PATIENT_ID,
  connectionsBody,
  graphBody,
  json,
  loginSuccess,
  makeClient,
  redirect,
  step,
  text,
  ticket,
} from './fixtures';

const SECRETS = [
  PASSWORD,
  EMAIL,
  'tou-step-secret',
  'pp-step-secret',
  'login-token-secret',
  'ticket-token-secret',
  'relogin-token-secret',
];

describe('secrets', () => {
  it('never reach logs, error messages, error JSON or request URLs in a full flow', async () => {
    const { client, fake, logger } = makeClient({
      [`POST https://api.libreview.io/llu/auth/login`]: json(redirect('eu2')),
      'POST https://api-eu2.libreview.io/llu/auth/login': [
        json(step('tou', 'tou-step-secret')),
        json(loginSuccess('relogin-token-secret')),
      ],
      'POST /auth/continue/tou': json(step('pp', 'pp-step-secret')),
      'POST /auth/continue/pp': json(loginSuccess('login-token-secret')),
      'GET /llu/connections': [
        json({ data: { minimumVersion: '4.18.0' }, status: 920 }, 403),
        json(connectionsBody(undefined, 'ticket-token-secret')),
        json({ message: 'invalid or expired jwt' }, 401),
        json(connectionsBody()),
        text('<title>Attention Required! | Cloudflare</title>', 403),
        text('abc', 476, { 'retry-after': '100' }),
        json({ status: 0, data: [{ id: 'x' }], ticket: ticket('ticket-token-secret') }),
        json(connectionsBody([])),
      ],
      [`GET /llu/connections/${PATIENT_ID}/graph`]: [
        json({ status: 4, error: { message: 'couldNotLoadPatient' } }),
        json(graphBody([])),
      ],
    });
    const errors: LluError[] = [];
    const attempt = async (work: () => Promise<unknown>) => {
      try {
        await work();
      } catch (error) {
        expect(isLluError(error)).toBe(true);
        errors.push(error as LluError);
      }
    };

    await attempt(() => client.connections()); // redirect, then terms step
    await attempt(() => client.acceptTerms()); // tou → pp
    await attempt(() => client.acceptTerms()); // pp → logged in
    await attempt(() => client.connections()); // version adopted, ticket replaces token
    await attempt(() => client.connections()); // 401 → re-login → retry
    for (let i = 0; i < 4; i++) await attempt(() => client.connections());
    await attempt(() => client.graph(PATIENT_ID));
    await attempt(() => client.graph(PATIENT_ID));
    client.setCredentials({ email: EMAIL, password: 'wrong' });

    expect(errors.map((e) => e.code)).toEqual([
      'terms_required',
      'terms_required',
      'blocked',
      'blocked',
      'bad_response',
      'no_connections',
      'patient_not_found',
    ]);
    // The flow really handled the secrets, so their absence below means something.
    expect(fake.calls.some((c) => c.body?.includes(PASSWORD))).toBe(true);
    expect(fake.calls.some((c) => c.headers.Authorization === 'Bearer ticket-token-secret')).toBe(
      true,
    );
    expect(logger.entries.length).toBeGreaterThan(5);

    const published = [
      logger.text(),
      ...errors.map((e) => e.message),
      ...errors.map((e) => JSON.stringify(e.toJSON())),
      ...fake.calls.map((c) => c.url + c.path),
    ].join('\n');
    for (const secret of SECRETS) {
      expect(published.includes(secret), secret).toBe(false);
    }
  });

  it('logs the events that matter, by code and region', async () => {
    const { client, logger } = makeClient({
      'POST https://api.libreview.io/llu/auth/login': json(redirect('de')),
      'POST https://api-de.libreview.io/llu/auth/login': json({ status: 2, error: {} }),
    });
    await client.connections().catch(() => {});
    const lines = logger.entries.map((e) => `${e.message} ${JSON.stringify(e.fields ?? {})}`);
    expect(lines.some((l) => l.includes('redirected') && l.includes('"to":"de"'))).toBe(true);
    expect(lines.some((l) => l.includes('login failed') && l.includes('bad_credentials'))).toBe(
      true,
    );
  });
});

// The real client over Node's fetch and real sockets, against a server that redirects or sends
// bodies no LibreLinkUp answer can be: credentials never move, memory stays bounded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLluClient } from '../../../main/core/llu/client';
import { createRequester, freshBudget } from '../../../main/core/llu/requester';
import type { StoredSession } from '../../../main/core/llu/types';
import { systemClock } from '../../../main/core/ports';
import { HOSTILE_EMAIL, HOSTILE_PASSWORD } from '../../helpers/hostile-payloads';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server';
import { createMemoryLogger, createMemoryStore, failure } from './fixtures';

let server: HostileServer;
let elsewhere: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
  elsewhere = await startHostileServer();
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});
beforeEach(() => {
  server.requests.length = 0;
  elsewhere.requests.length = 0;
  server.answer('login', { kind: 'normal' });
  server.answer('connections', { kind: 'normal' });
});

function client(session?: StoredSession) {
  return createLluClient({
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger: createMemoryLogger(),
    credentials: { email: HOSTILE_EMAIL, password: HOSTILE_PASSWORD },
    sessionStore: createMemoryStore<StoredSession>(session),
    apiUrl: server.url,
  });
}

const everything = () => JSON.stringify(elsewhere.requests);

describe('HTTP redirects are never followed', () => {
  for (const status of [307, 308, 301, 302] as const) {
    it(`a ${status} on login is a bad_response and the password goes nowhere else`, async () => {
      server.answer('login', {
        kind: 'redirect',
        status,
        location: `${elsewhere.url}/llu/auth/login`,
      });
      const error = await failure(client().connections());
      expect(error.code).toBe('bad_response');
      expect(error.message).toMatch(/redirect/);
      expect(error.details.httpStatus).toBe(status);
      expect(elsewhere.requests).toHaveLength(0);
      expect(everything()).not.toContain(HOSTILE_PASSWORD);
    });
  }

  it('a 302 on a data call does not carry the token to the named host', async () => {
    server.answer('connections', {
      kind: 'redirect',
      status: 302,
      location: `${elsewhere.url}/llu/connections`,
    });
    const error = await failure(client().connections());
    expect(error.code).toBe('bad_response');
    expect(elsewhere.requests).toHaveLength(0);
    // The login went to the --api-url host only.
    expect(server.count('login')).toBeGreaterThan(0);
  });
});

describe('answer size is capped after decompression', () => {
  it('a 50 MB body without a declared length is refused as too large', async () => {
    server.answer('connections', { kind: 'huge', bytes: 50 * 1024 * 1024 });
    const error = await failure(client().connections());
    expect(error.code).toBe('bad_response');
    expect(error.message).toMatch(/too large/);
  });

  it('a declared length over the cap is refused unread', async () => {
    server.answer('connections', { kind: 'huge', bytes: 50 * 1024 * 1024, declareLength: true });
    const error = await failure(client().connections());
    expect(error).toMatchObject({ code: 'bad_response' });
    expect(error.message).toMatch(/too large/);
  });

  it('a gzip bomb (64 MB inflated from ~64 KB) is refused as too large, not as network', async () => {
    server.answer('connections', { kind: 'bomb', bytes: 64 * 1024 * 1024 });
    const error = await failure(client().connections());
    expect(error.code).toBe('bad_response');
    expect(error.message).toMatch(/too large/);
  });
});

describe('credentials only go to a host the client chose', () => {
  const deps = (apiUrl?: string) => {
    const calls: string[] = [];
    const requester = createRequester({
      fetch: async (url) => {
        calls.push(url);
        return { status: 200, headers: { get: () => null }, text: async () => '{}' };
      },
      clock: systemClock,
      logger: createMemoryLogger(),
      product: 'llu.ios',
      timeoutMs: 1000,
      ...(apiUrl !== undefined ? { apiUrl } : {}),
      version: () => '4.17.0',
      adoptVersion: async () => {},
    });
    return { requester, calls };
  };

  it('refuses plain http, other domains and look-alikes before sending', async () => {
    const { requester, calls } = deps();
    for (const base of [
      'http://api-eu.libreview.io',
      'https://api.libreview.io.evil.example',
      'https://evil.example',
      'https://api-eu.libreview.io:8443',
    ]) {
      const error = await failure(
        requester.request({ budget: freshBudget(), base, method: 'POST', path: '/llu/auth/login' }),
      );
      expect(error.code).toBe('region_unknown');
    }
    expect(calls).toEqual([]);
    await requester.request({
      budget: freshBudget(),
      base: 'https://api-eu.libreview.io',
      method: 'GET',
      path: '/x',
    });
    expect(calls).toEqual(['https://api-eu.libreview.io/x']);
  });

  it('with --api-url, only that host (any region in its {region} slot)', async () => {
    const { requester, calls } = deps('http://127.0.0.1:9/{region}/');
    await requester.request({
      budget: freshBudget(),
      base: 'http://127.0.0.1:9/eu',
      method: 'GET',
      path: '/x',
    });
    const error = await failure(
      requester.request({
        budget: freshBudget(),
        base: 'https://api-eu.libreview.io',
        method: 'GET',
        path: '/x',
      }),
    );
    expect(error.code).toBe('region_unknown');
    expect(calls).toEqual(['http://127.0.0.1:9/eu/x']);
  });
});

// The app's transport: Electron's net.fetch, emulated the way ClientRequest treats redirects
// (electron/electron lib/common/api/net-client-request.ts): `follow` (the default) follows,
// `manual` with nobody calling followRedirect() fails with "Redirect was cancelled".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLluClient } from '../../../main/core/llu/client';
import type { StoredSession } from '../../../main/core/llu/types';
import { createFakeClock, createMemoryLogger, createMemoryStore, failure } from '../llu/fixtures';

const PASSWORD = 'net-fetch-password-91c2';

const hits: Array<{ url: string; body: unknown }> = [];

vi.mock('electron', () => ({
  net: {
    fetch: vi.fn(async (url: string, init: { body?: unknown; redirect?: string }) => {
      hits.push({ url, body: init.body });
      if (url.startsWith('https://api.libreview.io/')) {
        const redirect = init.redirect ?? 'follow';
        if (redirect === 'manual') throw new Error('Redirect was cancelled');
        if (redirect === 'error')
          throw new Error("Attempted to redirect, but redirect policy was 'error'");
        hits.push({ url: 'https://elsewhere.example/llu/auth/login', body: init.body });
        return new Response('{"status":0}', { status: 200 });
      }
      return new Response('{}', { status: 404 });
    }),
  },
}));

const { createNetFetch, isCancelledRedirect } = await import('../../../main/adapters/net-fetch');

beforeEach(() => {
  hits.length = 0;
});

describe('net.fetch never follows a redirect', () => {
  it('a login answered with a redirect is a typed bad_response; nothing reaches another host', async () => {
    const client = createLluClient({
      fetch: createNetFetch(),
      clock: createFakeClock(),
      logger: createMemoryLogger(),
      credentials: { email: 'a@example.org', password: PASSWORD },
      sessionStore: createMemoryStore<StoredSession>(),
    });
    const error = await failure(client.connections());
    expect(error.code).toBe('bad_response');
    expect(error.message).toMatch(/redirect/);
    expect(hits.map((h) => new URL(h.url).origin)).toEqual(['https://api.libreview.io']);
  });

  it('recognises both of ClientRequest’s redirect failures, and nothing else', () => {
    expect(isCancelledRedirect(new Error('Redirect was cancelled'))).toBe(true);
    expect(
      isCancelledRedirect(new Error("Attempted to redirect, but redirect policy was 'error'")),
    ).toBe(true);
    expect(isCancelledRedirect(new Error('net::ERR_CONNECTION_REFUSED'))).toBe(false);
  });
});

import { net } from 'electron';
import type { FetchLike, HttpResponse } from '../core/ports';

/**
 * FetchLike over Electron's `net.fetch`, which uses Chromium's network stack and so honours
 * the system proxy, PAC files and proxy authentication (Electron "net"). `cache: 'no-store'`
 * keeps Chromium's HTTP cache out of it: a glucose value answered from a cache would be an
 * old value presented as new.
 *
 * Redirects are never followed. net.fetch hands `redirect` to ClientRequest, whose `manual`
 * mode cancels any redirect nobody follows synchronously and fails the request with
 * "Redirect was cancelled" (electron/electron lib/browser/api/net-fetch.ts passes
 * `redirect: req.redirect`; lib/common/api/net-client-request.ts, the 'redirect' handler;
 * docs/api/client-request.md, option `redirect`). That failure is turned into a bodiless
 * 3xx answer here, so core reports the same typed error as for Node's fetch, which returns
 * the 3xx itself.
 */
export function createNetFetch(): FetchLike {
  return async (url, init) => {
    // Not an inline literal: @types/node's RequestInit has no `cache`, although the Request
    // that net.fetch builds supports it and passes `request.cache` on to Chromium
    // (electron/electron lib/browser/api/net-fetch.ts).
    const request = {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      cache: 'no-store' as const,
      redirect: init.redirect,
    };
    try {
      return await net.fetch(url, request);
    } catch (error) {
      if (isCancelledRedirect(error)) return refusedRedirect;
      throw error;
    }
  };
}

/** The messages ClientRequest fails with for a redirect under `manual` or `error`. */
export function isCancelledRedirect(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return message === 'Redirect was cancelled' || message.startsWith('Attempted to redirect');
}

/** Stands for "the server answered with a redirect"; the real status is not reported by Electron. */
const refusedRedirect: HttpResponse = {
  status: 300,
  headers: { get: () => null },
  text: async () => '',
};

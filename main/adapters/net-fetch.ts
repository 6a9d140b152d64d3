import { net } from 'electron';
import type { FetchLike } from '../core/ports';

/**
 * FetchLike over Electron's `net.fetch`, which uses Chromium's network stack and so honours
 * the system proxy, PAC files and proxy authentication (Electron "net"). `cache: 'no-store'`
 * keeps Chromium's HTTP cache out of it: a glucose value answered from a cache would be an
 * old value presented as new.
 */
export function createNetFetch(): FetchLike {
  return (url, init) => {
    // Not an inline literal: @types/node's RequestInit has no `cache`, although the Request
    // that net.fetch builds supports it and passes `request.cache` on to Chromium
    // (electron/electron lib/browser/api/net-fetch.ts).
    const request = {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      cache: 'no-store' as const,
    };
    return net.fetch(url, request);
  };
}

import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../core/window/app-origin';
import { resolveAppAsset } from '../core/window/asset-path';
import { appResponseHeaders } from '../core/window/csp';

/**
 * Registers `app://` as a privileged standard, secure scheme. Must run before `app` is
 * ready, and only once: `registerSchemesAsPrivileged` replaces earlier registrations
 * (electron/electron#40362). Standard gives the popover a real origin (`app://glucobar`) for
 * relative URLs and the sender check; secure makes it a secure context. No `bypassCSP`,
 * no fetch/CORS or service-worker privileges: the renderer needs none.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/**
 * Proof that `app://` has its handler. The popover window takes one, so no window can start
 * loading `app://glucobar/…` before `serveAppProtocol` ran: Electron looks the scheme's
 * handler up when a navigation starts, and a load begun earlier fails with
 * ERR_UNKNOWN_URL_SCHEME and is never retried (docs/api/protocol.md, `protocol.handle`:
 * "register … before the page is loaded").
 */
export interface AppProtocolServed {
  readonly scheme: typeof APP_SCHEME;
}

/**
 * Serves the built renderer (out/renderer) over `app://`, with the CSP as a header. Paths
 * are resolved by core/window/asset-path.ts, which refuses anything outside `rootDir`.
 * Call after `app` is ready and before any window loads an `app://` URL.
 */
export function serveAppProtocol(rootDir: string): AppProtocolServed {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(request.url, rootDir);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: appResponseHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  return { scheme: APP_SCHEME };
}

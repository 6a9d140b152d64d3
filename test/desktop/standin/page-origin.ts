// Chromium cannot be taught a new scheme from outside, so the page lives at
// http://glucobar.localhost (a potentially trustworthy origin, like app://glucobar a secure
// context) and every request there is answered by the handler the app registered with
// protocol.handle('app', …), given the app:// URL it would have seen. Everything else is
// refused: the popover loads no remote content and nothing leaves the machine.
import type { Route } from 'playwright-core';
import type { ProtocolModule } from './protocol';

export const PAGE_ORIGIN = 'http://glucobar.localhost';
const APP_PREFIX = 'app://glucobar';

export function appUrlToPage(url: string): string {
  return url.startsWith(APP_PREFIX) ? `${PAGE_ORIGIN}${url.slice(APP_PREFIX.length)}` : url;
}

export function pageUrlToApp(url: string): string {
  return url.startsWith(PAGE_ORIGIN) ? `${APP_PREFIX}${url.slice(PAGE_ORIGIN.length)}` : url;
}

export async function serveAppRequest(route: Route, protocol: ProtocolModule): Promise<void> {
  const request = route.request();
  const url = request.url();
  if (!url.startsWith(`${PAGE_ORIGIN}/`)) return route.abort('blockedbyclient');
  const handler = protocol.handlerFor('app');
  // No handler when the request starts: net::ERR_UNKNOWN_URL_SCHEME (protocol.ts).
  if (!handler) return route.abort('failed');
  const response = await handler(
    new Request(pageUrlToApp(url), { method: request.method(), headers: request.headers() }),
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  await route.fulfill({
    status: response.status,
    headers,
    body: Buffer.from(await response.arrayBuffer()),
  });
}

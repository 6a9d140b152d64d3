/**
 * The popover's own origin and the one comparison every trust decision uses.
 *
 * The renderer is served from the privileged standard scheme `app://glucobar` (see
 * adapters/app-protocol.ts), never from `file://`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'glucobar';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of an absolute URL, lower-cased, or null when the text is not a URL
 * we would ever trust (unparseable, credentials in it, no host).
 *
 * We cannot use `URL.origin`: the WHATWG parser gives every non-special scheme (our `app:`)
 * the opaque origin "null", so `app://glucobar` and `app://evil` would compare equal.
 * Comparing scheme and host ourselves keeps look-alikes apart: `app://glucobar.evil` has the
 * host `glucobar.evil`, `app://evil@glucobar` is refused for carrying user info.
 */
export function originOf(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4096) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True only when `url` parses and has exactly the origin `expectedOrigin`. */
export function hasOrigin(url: string, expectedOrigin: string): boolean {
  const actual = originOf(url);
  const expected = originOf(expectedOrigin);
  return actual !== null && expected !== null && actual === expected;
}

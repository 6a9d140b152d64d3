import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_ORIGIN } from './app-origin';

/**
 * Maps an `app://glucobar/...` request to a file inside the renderer output folder, or null.
 *
 * Chromium already normalises standard-scheme URLs before they reach the protocol handler,
 * but this is the one place that turns a URL into a file path, so it does not rely on that:
 * it reads the raw path and refuses anything that could step outside `rootDir` — `.`/`..`
 * segments in any encoding (`%2e%2e`), backslashes, encoded slashes, NUL, drive letters and
 * absolute paths (`//etc/passwd`) — instead of trying to clean them up.
 */
export function resolveAppAsset(
  requestUrl: string,
  rootDir: string,
  appOrigin: string = APP_ORIGIN,
): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > 2048) return null;
  const prefix = `${appOrigin.toLowerCase()}/`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null;
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  const segments = rawPath === '' ? ['index.html'] : rawPath.split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    const plain = decodeSegment(segment);
    if (plain === null || !isPlainSegment(plain)) return null;
    decoded.push(plain);
  }
  const root = resolve(rootDir);
  const target = resolve(root, ...decoded);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function isPlainSegment(segment: string): boolean {
  return (
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    // Separators, ':' (drive letters, NTFS streams) and control characters (NUL) have no
    // business in a bundle file name.
    !/[\\/:]/.test(segment) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(segment)
  );
}

const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
]);

/** The Content-Type for a bundled file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES.get(extname(filePath).toLowerCase()) ?? 'application/octet-stream';
}

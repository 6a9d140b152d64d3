import { contentTypeFor } from './asset-path';

/**
 * The popover's Content-Security-Policy as the `app://` handler sends it.
 *
 * It is the `<meta http-equiv>` policy of renderer/index.html (a test compares them) plus
 * `frame-ancestors 'none'`, which browsers ignore in a meta tag and honour only as a header.
 * Sending it as a header as well means the policy holds from the first byte, before the
 * parser reaches the meta tag.
 */
export const RENDERER_META_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

export const CONTENT_SECURITY_POLICY = `${RENDERER_META_CSP}; frame-ancestors 'none'`;

/** Headers for one file served over `app://`. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The bundle on disk is the truth; a cached copy after an update could pair old HTML
    // with new scripts.
    'Cache-Control': 'no-cache',
  };
}

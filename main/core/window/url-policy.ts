import type { LinkId } from '../../../common/links';
import { hasOrigin } from './app-origin';

/**
 * Where the popover may navigate and which outside pages it may ask main to open.
 * Electron security checklist items 13–15: navigation limited to the app's own origin,
 * external pages only from a fixed allow-list keyed by id (the renderer never sends a URL).
 */

/** In-window navigation is allowed only inside the app's own origin (reloads, its own pages). */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return hasOrigin(url, appOrigin);
}

/**
 * The only pages the app opens in the person's browser.
 * - `project`, `privacy` and `releases` (where system packages, which cannot update themselves,
 *   send people for a new version) point at the `.invalid` placeholder that package.json's `homepage`
 *   also uses: the project has no public home yet. `.invalid` is reserved (RFC 2606), so the
 *   link cannot reach a stranger's site; replace both when a real home exists.
 */
const EXTERNAL_LINKS: Readonly<Record<LinkId, string>> = Object.freeze({
  'llu-help': 'https://www.librelinkup.com/',
  libreview: 'https://www.libreview.com/',
  project: 'https://glucobar.invalid/',
  privacy: 'https://glucobar.invalid/privacy',
  releases: 'https://glucobar.invalid/releases',
});

const ALLOWED_EXTERNAL_HOSTS: ReadonlySet<string> = new Set(
  Object.values(EXTERNAL_LINKS).map((link) => new URL(link).host),
);

/** The allow-listed https URL for a link id. Throws for anything that is not a known id. */
export function externalUrlFor(linkId: LinkId): string {
  if (!Object.prototype.hasOwnProperty.call(EXTERNAL_LINKS, linkId)) {
    throw new Error('Unknown link id.');
  }
  const url = EXTERNAL_LINKS[linkId];
  if (!isSafeExternalUrl(url)) throw new Error('Link is not allowed.');
  return url;
}

/**
 * A last check before handing a URL to the operating system: https only, no credentials,
 * no explicit port, and a host from the allow-list (parsed, not prefix-matched, so
 * `https://www.libreview.com.evil.example/` fails).
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_EXTERNAL_HOSTS.has(parsed.host)
  );
}

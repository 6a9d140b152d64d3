/**
 * LibreLinkUp hosts by region. The table covers every region seen so far; regions Abbott adds
 * later are resolved at run time from `/llu/config/country` (see region-lookup.ts), because
 * hard-coded lists broke peers each time a region appeared (EU2 2023, LA 2024, RU, CN).
 */
import type { RegionKey } from './types';

export const GLOBAL_REGION = 'global';

const LIBREVIEW_IO_REGIONS = ['ae', 'ap', 'au', 'ca', 'de', 'eu', 'eu2', 'fr', 'jp', 'la', 'us'];

const SPECIAL_HOSTS: Readonly<Record<string, string>> = {
  [GLOBAL_REGION]: 'https://api.libreview.io',
  ru: 'https://api.libreview.ru',
  cn: 'https://api-cn.myfreestyle.cn',
};

/** Every region key with a built-in host, `global` included. */
export const KNOWN_REGIONS: readonly RegionKey[] = [
  GLOBAL_REGION,
  ...LIBREVIEW_IO_REGIONS,
  'ru',
  'cn',
];

/** Domains a host announced by the config endpoint may live on. */
const TRUSTED_DOMAINS = ['.libreview.io', '.libreview.ru', '.myfreestyle.cn'];

/** Region keys are short lowercase words; anything else must never reach a URL. */
const REGION_KEY = /^[a-z0-9-]{1,16}$/;

export function normalizeRegion(region: string): RegionKey | null {
  const key = region.trim().toLowerCase();
  return REGION_KEY.test(key) ? key : null;
}

export function isKnownRegion(region: RegionKey): boolean {
  return KNOWN_REGIONS.includes(region);
}

/**
 * Base URL (no trailing slash) for a region, or null when the region has no built-in host.
 * An `apiUrl` override replaces the table: `{region}` in it becomes the region key; without
 * `{region}` every region maps to the override itself.
 */
export function hostFor(region: RegionKey, apiUrl?: string): string | null {
  if (apiUrl !== undefined) {
    if (!isKnownRegion(region) && apiUrl.includes('{region}')) return null;
    return stripTrailingSlash(apiUrl.split('{region}').join(region));
  }
  const special = SPECIAL_HOSTS[region];
  if (special !== undefined) return special;
  return LIBREVIEW_IO_REGIONS.includes(region) ? `https://api-${region}.libreview.io` : null;
}

/**
 * Whether a host announced for `region` by the config endpoint may receive the credentials.
 * Returns the base URL to use, or null. Only https on LibreView's own domains. With an
 * override (`--api-url`, a proxy, the simulator), a host on the override's own origin is used
 * as announced; an announced LibreView host means "this region exists", and the request goes
 * through the override's template with that region key, never around the proxy.
 */
export function acceptAnnouncedHost(
  announced: string,
  region: RegionKey,
  apiUrl?: string,
): string | null {
  let url: URL;
  try {
    url = new URL(announced);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return null;
  }
  const official = isOfficialHost(url) ? url.origin : null;
  if (apiUrl === undefined) return official;
  const viaTemplate = apiUrl.split('{region}').join(region);
  const expected = originOf(viaTemplate);
  if (expected !== null && url.origin === expected) {
    return stripTrailingSlash(url.origin + url.pathname);
  }
  return official !== null && apiUrl.includes('{region}') ? stripTrailingSlash(viaTemplate) : null;
}

function isOfficialHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    url.pathname === '/' &&
    TRUSTED_DOMAINS.some((d) => host.endsWith(d))
  );
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

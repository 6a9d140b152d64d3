/**
 * The last check before anything leaves with a password or token: the base URL must be an
 * https LibreView host (as `regions.ts` knows them), or the `--api-url` override itself.
 * Region logic already picks only such hosts; this makes a slip there fail closed.
 */
import { LluError } from './errors';
import { acceptAnnouncedHost } from './regions';

const REGION_PATTERN = '[a-z0-9-]{1,16}';

/** A check for base URLs, built once per client (the override's pattern is compiled once). */
export function allowedBases(apiUrl?: string): (base: string) => boolean {
  if (apiUrl !== undefined) {
    const pattern = apiUrl
      .replace(/\/+$/, '')
      .split('{region}')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(REGION_PATTERN);
    const override = new RegExp(`^${pattern}$`);
    return (base) => override.test(base);
  }
  return (base) => acceptAnnouncedHost(base, 'global') === base;
}

export function refusedDestination(): LluError {
  return new LluError(
    'region_unknown',
    'Glucobar refused to send your sign-in to a host that is not LibreLinkUp. Try again later; if it keeps happening, update Glucobar.',
  );
}

/**
 * Regional hosts as path prefixes of this one server: `/global/...`, `/eu/...`. A region added
 * later may live under a prefix that is not its key (as `ru` and `cn` break the real host
 * pattern), so a client can only find it through `/llu/config/country`'s regionalMap.
 */

export const GLOBAL_REGION = 'global';

export const BUILTIN_REGIONS = [
  GLOBAL_REGION,
  'ae',
  'ap',
  'au',
  'ca',
  'de',
  'eu',
  'eu2',
  'fr',
  'jp',
  'la',
  'us',
  'ru',
  'cn',
] as const;

const COUNTRY_REGIONS: Record<string, string> = {
  AE: 'ae',
  AU: 'au',
  BR: 'la',
  CA: 'ca',
  CN: 'cn',
  DE: 'de',
  FR: 'fr',
  GB: 'eu2',
  IE: 'eu2',
  JP: 'jp',
  MX: 'la',
  RU: 'ru',
  SG: 'ap',
  US: 'us',
};
const FALLBACK_REGION = 'eu';

export interface RegionOptions {
  /** Path prefix (without slashes) the region is served under; defaults to the key. */
  prefix?: string;
  /** ISO-2 countries whose config lookup should point at this region. */
  countries?: string[];
}

export interface RegionTable {
  add(key: string, options?: RegionOptions): void;
  has(key: string): boolean;
  keyForPrefix(prefix: string): string | undefined;
  prefixOf(key: string): string | undefined;
  /** Every regional (non-global) key, in the order added. */
  regionalKeys(): string[];
  regionForCountry(country: string): string;
}

export function createRegionTable(): RegionTable {
  const prefixes = new Map<string, string>();
  const keysByPrefix = new Map<string, string>();
  const countries = new Map(Object.entries(COUNTRY_REGIONS));
  const add = (key: string, options: RegionOptions = {}): void => {
    const prefix = options.prefix ?? key;
    const holder = keysByPrefix.get(prefix);
    if (holder !== undefined && holder !== key) {
      throw new Error(`path prefix "${prefix}" already serves region "${holder}"`);
    }
    const previous = prefixes.get(key);
    if (previous !== undefined) keysByPrefix.delete(previous);
    prefixes.set(key, prefix);
    keysByPrefix.set(prefix, key);
    for (const country of options.countries ?? []) countries.set(country.toUpperCase(), key);
  };
  for (const key of BUILTIN_REGIONS) add(key);
  return {
    add,
    has: (key) => prefixes.has(key),
    keyForPrefix: (prefix) => keysByPrefix.get(prefix),
    prefixOf: (key) => prefixes.get(key),
    regionalKeys: () => [...prefixes.keys()].filter((key) => key !== GLOBAL_REGION),
    regionForCountry: (country) => countries.get(country.toUpperCase()) ?? FALLBACK_REGION,
  };
}

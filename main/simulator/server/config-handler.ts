/**
 * E6 `GET /llu/config/country?country=XX`: no authentication, and a regionalMap whose lslApi
 * URLs point at this simulator's own region prefixes, so a client can resolve any region key
 * the way peers do after a redirect (DIAKEM, LLUA, DIABLE).
 */
import { publicHost } from '../faults/responses';
import { DEFAULT_MINIMUM_VERSION } from '../state/policy';
import type { RequestContext, SimulatorState } from './context';
import { json, type SimResponse } from './responses';

const COUNTRY_NAMES: ReadonlyArray<[string, string]> = [
  ['AU', 'Australia'],
  ['BR', 'Brazil'],
  ['CA', 'Canada'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['JP', 'Japan'],
  ['NL', 'Netherlands'],
  ['US', 'United States'],
];

export function handleConfig(ctx: RequestContext, state: SimulatorState): SimResponse {
  const { regions } = state.world;
  const base = (key: string) =>
    state.policy.configHosts === 'libreview'
      ? `https://${publicHost(key)}/`
      : `${state.origin()}/${regions.prefixOf(key) ?? key}/`;
  const regionalMap: Record<string, { lslApi: string; socketHub: string }> = {};
  for (const key of regions.regionalKeys()) {
    regionalMap[key] = { lslApi: base(key), socketHub: `${base(key)}poll/` };
  }
  const country = (ctx.query.get('country') ?? '').toUpperCase();
  const home = regions.regionForCountry(/^[A-Z]{2}$/.test(country) ? country : 'NL');
  return json(200, {
    status: 0,
    data: {
      lslApi: base(home),
      MinVersion: state.policy.minimumVersion ?? DEFAULT_MINIMUM_VERSION,
      CountryList: {
        countries: COUNTRY_NAMES.map(([code, name]) => ({
          DisplayMember: name,
          ValueMember: code,
        })),
      },
      regionalMap,
      touDocId: 'toullu',
      pnDocId: 'pnllu',
      heartbeatMilliseconds: 60_000,
      alarmsEnabled: true,
    },
  });
}

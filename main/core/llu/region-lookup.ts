/**
 * Resolves a region Glucobar has no built-in host for through `/llu/config/country`
 * (`data.regionalMap[region].lslApi`), as DiaKEM and libre-link-unofficial-api do. The answer
 * decides where the password goes next, so only LibreView's own https hosts are accepted.
 */
import { LluError } from './errors';
import { httpFailure } from './failures';
import type { LluAnswer } from './http';
import { acceptAnnouncedHost } from './regions';
import { parseAnswer, regionalMapSchema } from './schemas';
import type { RegionKey } from './types';

export interface LookupContext {
  get(base: string, path: string): Promise<LluAnswer>;
  now(): number;
  version(): string;
  apiUrl: string | undefined;
}

/** Germany is what DiaKEM asks for; any country returns the full regional map. */
const FALLBACK_COUNTRY = 'DE';

export async function lookupRegionHost(
  context: LookupContext,
  via: string,
  region: RegionKey,
  country: string | undefined,
): Promise<string> {
  const code =
    country !== undefined && /^[A-Za-z]{2}$/.test(country)
      ? country.toUpperCase()
      : FALLBACK_COUNTRY;
  const answer = await context.get(via, `/llu/config/country?country=${code}`);
  if (answer.status < 200 || answer.status >= 300) {
    throw httpFailure(answer, context.now(), context.version());
  }
  if (answer.body === undefined) {
    throw new LluError(
      'bad_response',
      'LibreLinkUp sent a region list Glucobar cannot read. Glucobar will try again later.',
      { httpStatus: answer.status },
    );
  }
  const map = parseAnswer(regionalMapSchema, answer.body).data.regionalMap;
  const announced = Object.hasOwn(map, region) ? map[region]?.lslApi : undefined;
  const host =
    announced === undefined ? null : acceptAnnouncedHost(announced, region, context.apiUrl);
  if (host === null) {
    throw new LluError(
      'region_unknown',
      `LibreLinkUp sent this account to region "${region}", which has no trusted LibreLinkUp host. Update Glucobar; if you use the official app, check the account's country there.`,
      { region },
    );
  }
  return host;
}

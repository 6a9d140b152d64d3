/**
 * Requests with the current client version and region hosts. Owns the two bounded
 * self-repairs that happen below the login logic: adopting a version the server demands
 * (403 / status 920) and resolving a region Glucobar has no built-in host for.
 */
import type { Clock, FetchLike, Logger } from '../ports';
import { allowedBases, refusedDestination } from './destination';
import { LluError } from './errors';
import { buildHeaders, send, type LluAnswer, type LluProduct } from './http';
import { lookupRegionHost } from './region-lookup';
import { GLOBAL_REGION, hostFor } from './regions';
import type { RegionKey } from './types';
import { compareVersions, outdated, versionDemand } from './version';

/** What one public call may still spend; each repair happens at most once per call. */
export interface CallBudget {
  versionRetry: boolean;
  configLookup: boolean;
  relogin: boolean;
}

export function freshBudget(): CallBudget {
  return { versionRetry: true, configLookup: true, relogin: true };
}

/** One request, named field by field so a call site reads without the signature at hand. */
export interface LluRequest {
  /** What the public call this request serves may still spend on repairs. */
  budget: CallBudget;
  /** Region host, e.g. https://api-eu.libreview.io; refused unless it is an allowed host. */
  base: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  token?: string;
  userId?: string;
}

/** What helps find an unknown region's host: the host that named it, and the account's country. */
export interface HostHints {
  via?: string;
  country?: string;
}

export interface RequesterDeps {
  fetch: FetchLike;
  clock: Clock;
  logger: Logger;
  product: LluProduct;
  timeoutMs: number;
  apiUrl?: string;
  version(): string;
  adoptVersion(version: string): Promise<void>;
}

export interface Requester {
  request(call: LluRequest): Promise<LluAnswer>;
  /** Base URL for a region, looked up (once per call budget) when Glucobar has none built in. */
  resolveHost(budget: CallBudget, region: RegionKey, hints?: HostHints): Promise<string>;
}

export function createRequester(deps: RequesterDeps): Requester {
  // Hosts learned from /llu/config/country live as long as this client instance.
  const learnedHosts = new Map<RegionKey, string>();
  const isAllowedBase = allowedBases(deps.apiUrl);

  async function request(call: LluRequest): Promise<LluAnswer> {
    const { budget, base, method, path } = call;
    if (!isAllowedBase(base)) {
      deps.logger.error('llu: refused to send a request to an untrusted host');
      throw refusedDestination();
    }
    for (;;) {
      const version = deps.version();
      const answer = await send(deps.fetch, {
        method,
        url: base + path,
        headers: buildHeaders({ product: deps.product, version, ...pick(call) }),
        ...(call.body !== undefined ? { body: call.body } : {}),
        timeoutMs: deps.timeoutMs,
      });
      const demand = versionDemand(answer);
      if (demand === undefined) return answer;
      if (demand === null || compareVersions(demand, version) <= 0 || !budget.versionRetry) {
        deps.logger.error('llu: client version refused', { version, minimumVersion: demand });
        throw outdated(demand, version, answer.status);
      }
      budget.versionRetry = false;
      deps.logger.warn('llu: adopting the client version the server demands', {
        from: version,
        to: demand,
      });
      await deps.adoptVersion(demand);
    }
  }

  async function resolveHost(
    budget: CallBudget,
    region: RegionKey,
    { via, country }: HostHints = {},
  ): Promise<string> {
    const known = hostFor(region, deps.apiUrl) ?? learnedHosts.get(region);
    if (known !== undefined) return known;
    if (!budget.configLookup) {
      throw new LluError(
        'region_unknown',
        `LibreLinkUp named a region Glucobar does not know (${region}) and its host could not be looked up now. Glucobar will try again later.`,
        { region },
      );
    }
    budget.configLookup = false;
    const from = via ?? (hostFor(GLOBAL_REGION, deps.apiUrl) as string);
    deps.logger.info('llu: looking up the host of an unknown region', { region });
    const host = await lookupRegionHost(
      {
        get: (base, path) => request({ budget, base, method: 'GET', path }),
        now: () => deps.clock.now(),
        version: deps.version,
        apiUrl: deps.apiUrl,
      },
      from,
      region,
      country,
    );
    learnedHosts.set(region, host);
    return host;
  }

  return { request, resolveHost };
}

function pick(call: LluRequest): { token?: string; userId?: string } {
  return {
    ...(call.token !== undefined ? { token: call.token } : {}),
    ...(call.userId !== undefined ? { userId: call.userId } : {}),
  };
}

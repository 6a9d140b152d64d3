/**
 * Counts every LibreLinkUp request by endpoint, region and HTTP status, plus how logins ended,
 * and keeps a short log of recent requests. Tests use it to hold a client to its manners
 * (one login per token lifetime, bounded requests per minute). Tokens are never recorded, and
 * `/__control` calls are not counted.
 */
import type { LoginOutcome } from './responses';

export const ENDPOINTS = [
  'login',
  'continue',
  'connections',
  'graph',
  'logbook',
  'config',
  'notifications',
  'user',
  'account',
  'unknown',
] as const;

export type EndpointName = (typeof ENDPOINTS)[number];

export interface RequestCounts {
  total: number;
  byEndpoint: Record<EndpointName, number>;
  /** Region key (`global`, `eu`, …) or `unknown` for paths outside every region. */
  byRegion: Record<string, number>;
  /** HTTP status as text (`200`, `401`, …), or `dropped` / `aborted` (see RequestLogEntry). */
  byStatus: Record<string, number>;
  /** Region → endpoint → count. */
  byRegionEndpoint: Record<string, Partial<Record<EndpointName, number>>>;
  /** Login and continue answers by outcome; `success` = full 180-day tokens issued. */
  logins: Record<LoginOutcome, number>;
}

export interface RequestLogEntry {
  /** Simulated time the request arrived, epoch ms. */
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  endpoint: EndpointName;
  region: string;
  /** `dropped`: reset by a fault; `aborted`: the client left while a slow answer waited. */
  status: number | 'dropped' | 'aborted';
  /** The `version` and `product` headers as sent (never secrets). */
  version: string | null;
  product: string | null;
  hasAuthorization: boolean;
  hasAccountId: boolean;
}

const LOG_LIMIT = 1000;

export interface RequestCounter {
  record(entry: RequestLogEntry, loginOutcome?: LoginOutcome): void;
  snapshot(): RequestCounts;
  log(limit?: number): RequestLogEntry[];
  reset(): void;
}

function emptyCounts(): RequestCounts {
  return {
    total: 0,
    byEndpoint: Object.fromEntries(ENDPOINTS.map((e) => [e, 0])) as Record<EndpointName, number>,
    byRegion: {},
    byStatus: {},
    byRegionEndpoint: {},
    logins: { success: 0, redirect: 0, step: 0, badCredentials: 0, locked: 0, other: 0 },
  };
}

export function createRequestCounter(): RequestCounter {
  let counts = emptyCounts();
  let entries: RequestLogEntry[] = [];
  return {
    record(entry, loginOutcome) {
      counts.total += 1;
      counts.byEndpoint[entry.endpoint] += 1;
      counts.byRegion[entry.region] = (counts.byRegion[entry.region] ?? 0) + 1;
      const status = String(entry.status);
      counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
      const perRegion = (counts.byRegionEndpoint[entry.region] ??= {});
      perRegion[entry.endpoint] = (perRegion[entry.endpoint] ?? 0) + 1;
      if (loginOutcome) counts.logins[loginOutcome] += 1;
      entries.push(entry);
      if (entries.length > LOG_LIMIT) entries = entries.slice(-LOG_LIMIT);
    },
    snapshot: () => structuredClone(counts),
    log: (limit = LOG_LIMIT) => entries.slice(-limit).map((e) => ({ ...e })),
    reset() {
      counts = emptyCounts();
      entries = [];
    },
  };
}

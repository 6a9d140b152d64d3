/**
 * Server-side rules that Abbott changes over time: the minimum app version on data calls (F7),
 * the Account-Id header requirement rolled out region by region (F8/F9), and an optional
 * per-account request budget on data calls (F16).
 */

export const DEFAULT_MINIMUM_VERSION = '4.16.0';

export interface RequestBudget {
  /** Data requests allowed per account within the window. */
  limit: number;
  windowSeconds: number;
  /** Sent as `Retry-After` when the budget is exceeded; no header when absent. */
  retryAfterSeconds?: number;
}

export interface Policy {
  minimumVersion: string | null;
  /**
   * What `/llu/config/country` names as each region's `lslApi`: this simulator's own prefixes,
   * or LibreView's public hosts, as a server seen through a proxy (`--api-url`) would.
   */
  configHosts: 'simulator' | 'libreview';
  /** Whether `Account-Id` is required in `region`. */
  accountIdRequired(region: string): boolean;
  setAccountIdGate(enabled: boolean, region?: string): void;
  setBudget(budget: RequestBudget | null): void;
  /** Counts one data request; returns the budget when it is exceeded, else null. */
  spend(accountId: string, nowMs: number): RequestBudget | null;
  reset(): void;
}

/** Numeric comparison by dotted parts (4.9 < 4.10, 4.16 = 4.16.0); junk counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

export function createPolicy(): Policy {
  let accountIdDefault = true;
  const accountIdRegions = new Map<string, boolean>();
  let budget: RequestBudget | null = null;
  const spent = new Map<string, number[]>();

  const policy: Policy = {
    minimumVersion: DEFAULT_MINIMUM_VERSION,
    configHosts: 'simulator',
    accountIdRequired: (region) => accountIdRegions.get(region) ?? accountIdDefault,
    setAccountIdGate(enabled, region) {
      if (region === undefined) {
        accountIdDefault = enabled;
        accountIdRegions.clear();
      } else {
        accountIdRegions.set(region, enabled);
      }
    },
    setBudget(next) {
      budget = next;
      spent.clear();
    },
    spend(accountId, nowMs) {
      if (!budget) return null;
      const windowStart = nowMs - budget.windowSeconds * 1000;
      const recent = (spent.get(accountId) ?? []).filter((at) => at > windowStart);
      if (recent.length >= budget.limit) {
        spent.set(accountId, recent);
        return budget;
      }
      recent.push(nowMs);
      spent.set(accountId, recent);
      return null;
    },
    reset() {
      policy.minimumVersion = DEFAULT_MINIMUM_VERSION;
      policy.configHosts = 'simulator';
      accountIdDefault = true;
      accountIdRegions.clear();
      budget = null;
      spent.clear();
    },
  };
  return policy;
}

/**
 * LibreLinkUp's brute-force guard (F5): three failed logins for one e-mail within 60 s lock
 * that e-mail for 300 s. The failure that trips the lock is already answered with "locked".
 */

export const LOCKOUT_POLICY = { failures: 3, intervalSeconds: 60, lockoutSeconds: 300 } as const;

export interface LoginGuard {
  /** Seconds the e-mail stays locked, or 0. */
  lockedFor(email: string, nowMs: number): number;
  /** Records a failure; true when it locked the e-mail. */
  recordFailure(email: string, nowMs: number): boolean;
  clear(): void;
}

export function createLoginGuard(): LoginGuard {
  const failures = new Map<string, number[]>();
  const lockedUntil = new Map<string, number>();
  const key = (email: string) => email.trim().toLowerCase();
  return {
    lockedFor(email, nowMs) {
      const until = lockedUntil.get(key(email));
      return until !== undefined && until > nowMs ? Math.ceil((until - nowMs) / 1000) : 0;
    },
    recordFailure(email, nowMs) {
      const windowStart = nowMs - LOCKOUT_POLICY.intervalSeconds * 1000;
      const recent = (failures.get(key(email)) ?? []).filter((at) => at > windowStart);
      recent.push(nowMs);
      if (recent.length >= LOCKOUT_POLICY.failures) {
        failures.delete(key(email));
        lockedUntil.set(key(email), nowMs + LOCKOUT_POLICY.lockoutSeconds * 1000);
        return true;
      }
      failures.set(key(email), recent);
      return false;
    },
    clear() {
      failures.clear();
      lockedUntil.clear();
    },
  };
}

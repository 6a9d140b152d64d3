/**
 * Keeps "re-login once when a token is refused" from becoming a login storm. When even the
 * token of a fresh re-login is refused (a pending document, a LibreView-side problem), the
 * refusal is saved with the session, so neither this process nor the next `glucobar status`
 * signs in again for a while: the call answers `unauthorized` without a login until then.
 */
import type { SessionKeeper } from './session';

/** How long after a refused re-login no call signs in again because a token was refused. */
export const RELOGIN_PAUSE_MS = 15 * 60_000;

export interface ReloginGuard {
  /** Whether a refused token may be repaired with a re-login now. */
  mayRelogin(): boolean;
  /** The token of a re-login was refused as well. */
  noteRefusedAfterLogin(): Promise<void>;
  /** A data call was answered: the session works, the pause ends. */
  noteAccepted(): Promise<void>;
}

export function createReloginGuard(sessions: SessionKeeper, now: () => number): ReloginGuard {
  return {
    mayRelogin() {
      const refusedAt = sessions.current()?.refusedAfterLoginAt;
      return refusedAt === undefined || now() - refusedAt >= RELOGIN_PAUSE_MS || refusedAt > now();
    },
    async noteRefusedAfterLogin() {
      const current = sessions.current();
      if (current !== null) await sessions.set({ ...current, refusedAfterLoginAt: now() });
    },
    async noteAccepted() {
      const current = sessions.current();
      if (current?.refusedAfterLoginAt === undefined) return;
      const { refusedAfterLoginAt: _ended, ...rest } = current;
      await sessions.set(rest);
    },
  };
}

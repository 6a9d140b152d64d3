import type { Clock } from '../ports';

/**
 * A hard cap on requests per sliding minute. LibreLinkUp is shared by everyone who uses it and
 * answers bursts with 429s and lockouts, so the cap holds whatever else happens: failures,
 * refresh clicks, resumes, backfills.
 */
export interface RequestBudget {
  /** Takes one request slot if one is free now. */
  tryTake(): boolean;
  /**
   * When the next slot frees up (now if one is free). With `reserve`, when one frees up with
   * that many more still free after it (slots kept for the live poll).
   */
  nextFreeAt(reserve?: number): number;
  /** When the newest request in the window was taken, or -Infinity. */
  lastTakenAt(): number;
  /** Requests taken in the last window. */
  used(): number;
}

export function createRequestBudget(
  clock: Clock,
  perWindow: number,
  windowMs = 60_000,
): RequestBudget {
  const taken: number[] = [];
  const forget = (now: number) => {
    // After the clock went back, requests "from the future" count as made just now: they hold
    // their slot for one window, not for as long as the jump (which would stop all polling).
    for (let i = taken.length - 1; i >= 0 && taken[i]! > now; i -= 1) taken[i] = now;
    while (taken.length > 0 && taken[0]! <= now - windowMs) taken.shift();
  };
  return {
    tryTake() {
      const now = clock.now();
      forget(now);
      if (taken.length >= perWindow) return false;
      taken.push(now);
      return true;
    },
    nextFreeAt(reserve = 0) {
      const now = clock.now();
      forget(now);
      const wanted = Math.min(reserve, perWindow - 1);
      // Enough slots free once the oldest `excess` requests have left the window.
      const excess = taken.length + 1 + wanted - perWindow;
      return excess <= 0 ? now : taken[excess - 1]! + windowMs;
    },
    lastTakenAt() {
      forget(clock.now());
      return taken.at(-1) ?? Number.NEGATIVE_INFINITY;
    },
    used() {
      forget(clock.now());
      return taken.length;
    },
  };
}

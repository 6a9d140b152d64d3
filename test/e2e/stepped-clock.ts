// The one clock of an e2e world: core, LLU client, history and simulator all read it, and the
// page's clock is moved in lockstep (harness.ts). Time stands still until the test moves it,
// so "the value on screen equals the simulator's live value" cannot be spoiled by a minute
// rolling over mid-assertion. Unlike test/helpers/fake-clock.ts, a timer that is already due
// (the poller's "poll now" is a 0 ms timer) fires on its own, because real HTTP, real file
// I/O and the browser all run between timers and nobody would otherwise tick the clock.
import type { Clock, TimerHandle } from '../../main/core/ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export interface SteppedClock extends Clock {
  /**
   * Moves time forward by `ms`, firing every timer on the way in time order and awaiting
   * `settle` after each one (so the poll it started finishes before time moves on).
   */
  advance(ms: number, settle: () => Promise<void>): Promise<void>;
  /** Timers due now that have not fired yet (they fire on the next turn of the event loop). */
  dueTimers(): number;
}

export function createSteppedClock(start: number): SteppedClock {
  let now = start;
  let nextId = 1;
  let timers: Timer[] = [];
  let flushQueued = false;
  let advancing = false;

  const takeDue = (until: number): Timer | undefined => {
    timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const first = timers[0];
    if (!first || first.at > until) return undefined;
    timers.shift();
    return first;
  };

  const fireDue = () => {
    flushQueued = false;
    // While advance() runs it owns the timers: it fires them in order and settles between.
    if (advancing) return;
    for (let timer = takeDue(now); timer; timer = takeDue(now)) timer.callback();
  };

  const queueFlush = () => {
    if (flushQueued) return;
    flushQueued = true;
    setImmediate(fireDue);
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const timer = { id: nextId++, at: now + Math.max(0, ms), callback };
      timers.push(timer);
      if (timer.at <= now) queueFlush();
      return timer.id as TimerHandle;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
    async advance(ms, settle) {
      if (advancing) throw new Error('advance() is already running');
      advancing = true;
      const target = now + Math.max(0, ms);
      try {
        for (let timer = takeDue(target); timer; timer = takeDue(target)) {
          now = Math.max(now, timer.at);
          timer.callback();
          await settle();
        }
        now = target;
      } finally {
        advancing = false;
      }
      if (timers.some((t) => t.at <= now)) queueFlush();
    },
    dueTimers: () => timers.filter((t) => t.at <= now).length,
  };
}

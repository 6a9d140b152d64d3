// A manual clock for core code: time moves only when a test says so, so a simulated month of
// polling runs in seconds. Timers fire in time order; between timers the test can wait for real
// asynchronous work (HTTP to the simulator) to settle before time moves on.
import type { Clock, TimerHandle } from '../../main/core/ports';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export interface FakeClock extends Clock {
  /** Fires every timer due up to now + ms, in order, awaiting `settle` after each one. */
  advance(ms: number, settle?: () => Promise<void>): Promise<void>;
  /** Jumps the wall clock without firing timers (a clock correction or sleep). */
  jump(ms: number): void;
  pendingTimers(): number;
}

export function createFakeClock(start = Date.UTC(2026, 10, 24, 8, 0, 0)): FakeClock {
  let now = start;
  let nextId = 1;
  let timers: Timer[] = [];
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const timer = { id: nextId++, at: now + Math.max(0, ms), callback };
      timers.push(timer);
      return timer.id as TimerHandle;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
    async advance(ms, settle = flushMicrotasks) {
      const target = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at || a.id - b.id);
        const next = timers[0];
        if (!next || next.at > target) break;
        timers.shift();
        now = Math.max(now, next.at);
        next.callback();
        await settle();
      }
      now = target;
    },
    jump(ms) {
      now += ms;
    },
    pendingTimers: () => timers.length,
  };
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

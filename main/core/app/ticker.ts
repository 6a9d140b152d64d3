/**
 * A repeating timer on the core's clock (a fake one in tests and the simulated month). Each
 * tick schedules the next before it runs, so a slow or throwing handler cannot stop the clock
 * the staleness and snooze rules depend on.
 */
import type { Clock, TimerHandle } from '../ports';

export interface Ticker {
  /** Starts ticking every `everyMs`; a second start while running changes nothing. */
  start(): void;
  stop(): void;
}

export function createTicker(clock: Clock, everyMs: number, onTick: () => void): Ticker {
  let timer: TimerHandle | null = null;
  const tick = () => {
    timer = clock.setTimeout(tick, everyMs);
    onTick();
  };
  return {
    start() {
      if (timer === null) timer = clock.setTimeout(tick, everyMs);
    },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}

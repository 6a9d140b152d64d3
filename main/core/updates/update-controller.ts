/**
 * Runs the update policy over a thin port (electron-updater in the app, a fake in tests): checks
 * on a schedule, downloads in the background, offers "Update ready — restart", and restarts only
 * when asked and no alarm is active. Failures are logged and retried with backoff, never shown
 * as an error: an update check must not alarm anyone.
 */
import type { Clock, Logger, TimerHandle, UpdatePort } from '../ports';
import {
  FIRST_CHECK_DELAY_MS,
  nextCheckDelay,
  shouldRestartNow,
  updateOffer,
  type InstallMode,
  type UpdatePhase,
} from './update-policy';

export interface UpdateController {
  start(): void;
  stop(): void;
  phase(): UpdatePhase;
  offer(): ReturnType<typeof updateOffer>;
  /** The person chose the offer (menu item or popover button). */
  accept(): void;
  /** Call on every snapshot: a restart waiting for an alarm to end goes ahead once it has. */
  alarmsChanged(): void;
  onChange(listener: () => void): () => void;
}

export function createUpdateController(options: {
  port: UpdatePort;
  mode: InstallMode;
  clock: Clock;
  logger: Logger;
  alarmActive: () => boolean;
}): UpdateController {
  const { port, clock, logger } = options;
  let phase: UpdatePhase = { kind: 'idle' };
  let failures = 0;
  let timer: TimerHandle | null = null;
  let running = false;
  const listeners = new Set<() => void>();
  const set = (next: UpdatePhase) => {
    phase = next;
    for (const listener of listeners) listener();
  };
  const schedule = (delay: number) => {
    if (!running) return;
    timer = clock.setTimeout(() => void check(), delay);
  };

  const check = async () => {
    timer = null;
    set({ kind: 'checking' });
    try {
      const version = await port.check();
      failures = 0;
      if (version === null) {
        set({ kind: 'idle' });
        return schedule(nextCheckDelay(0));
      }
      if (options.mode === 'download-page') {
        set({ kind: 'download-page', version });
        return schedule(nextCheckDelay(0));
      }
      set({ kind: 'downloading', version });
      await port.download();
      // Ready: nothing more to check until the person restarts (or quits: installed on quit).
      set({ kind: 'ready', version, restartRequested: false });
    } catch (error) {
      failures += 1;
      const delay = nextCheckDelay(failures);
      logger.warn('update check failed', {
        reason: (error as Error).message,
        retryInMinutes: Math.round(delay / 60_000),
      });
      set({ kind: 'failed', message: (error as Error).message });
      schedule(delay);
    }
  };

  const restartIfAllowed = () => {
    if (shouldRestartNow(phase, options.alarmActive())) port.restartAndInstall();
  };

  return {
    start() {
      if (running) return;
      running = true;
      schedule(FIRST_CHECK_DELAY_MS);
    },
    stop() {
      running = false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
    phase: () => phase,
    offer: () => updateOffer(phase, options.alarmActive()),
    accept() {
      if (phase.kind === 'download-page') return port.openDownloadPage();
      if (phase.kind !== 'ready') return;
      set({ ...phase, restartRequested: true });
      restartIfAllowed();
    },
    alarmsChanged() {
      restartIfAllowed();
      for (const listener of listeners) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

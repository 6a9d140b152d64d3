import type { WebContents } from 'electron';
import type { Logger } from '../core/ports';

/** Waits between reload attempts: quick at first, then slower so a broken bundle does not spin. */
export const RELOAD_DELAYS_MS: readonly number[] = [250, 1_000, 5_000, 30_000];

/** Chromium's net::ERR_ABORTED: a navigation replaced by another one, not a failure. */
const ERR_ABORTED = -3;

export interface PopoverPage {
  /** Starts the first load. */
  load(): void;
  /** True once the page finished loading and has not failed or crashed since. */
  isLoaded(): boolean;
  /** Reloads at once when the page is not loaded (called when the person opens the popover). */
  ensureLoaded(): void;
  dispose(): void;
}

/**
 * Keeps the popover's page loaded. A person who clicks the tray must never get a blank
 * window, so a failed load (`did-fail-load`, docs/api/web-contents.md) and a crashed or
 * killed renderer (`render-process-gone`, same page) both lead to a new load after a short,
 * growing wait; a successful load (`did-finish-load`) resets the wait.
 */
export function keepPopoverPageLoaded(
  contents: Pick<WebContents, 'on' | 'loadURL' | 'isDestroyed'>,
  url: string,
  logger: Logger,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): PopoverPage {
  let loaded = false;
  let loading = false;
  let failures = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  function loadNow(): void {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    if (disposed || contents.isDestroyed()) return;
    loading = true;
    // Failures also arrive as did-fail-load; the promise only needs a handler.
    contents.loadURL(url).catch(() => undefined);
  }

  function retryLater(why: string, fields: Record<string, string | number>): void {
    loaded = false;
    loading = false;
    if (disposed || pending !== null) return;
    const delay = RELOAD_DELAYS_MS[Math.min(failures, RELOAD_DELAYS_MS.length - 1)] ?? 30_000;
    failures += 1;
    logger.warn(`Popover page ${why}; loading it again`, { ...fields, delayMs: delay });
    pending = timers.setTimeout(loadNow, delay);
  }

  contents.on('did-finish-load', () => {
    loaded = true;
    loading = false;
    failures = 0;
  });
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    retryLater('failed to load', { errorCode });
  });
  contents.on('render-process-gone', (_event, details) => {
    retryLater('renderer is gone', { reason: details.reason });
  });

  return {
    load: loadNow,
    isLoaded: () => loaded,
    ensureLoaded() {
      if (!loaded && !loading) loadNow();
    },
    dispose() {
      disposed = true;
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
    },
  };
}

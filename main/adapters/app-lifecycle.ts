import { app, dialog } from 'electron';
import { createTranslator } from '../../common/i18n/catalogs';
import { resolveLocale } from '../../common/i18n/languages';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Logger } from '../core/ports';

/** What a started app hands back to its lifecycle. */
export interface RunningApp {
  /** Shows the popover (a second launch asks the first instance for it). */
  openPopover(): void;
  /** Stops polling and flushes what must not be lost (history); awaited before quitting. */
  shutdown(): Promise<void>;
}

/** How long quitting waits for `shutdown` before leaving anyway: never a process that hangs. */
export const SHUTDOWN_TIMEOUT_MS = 5_000;

/**
 * Runs the app as a single instance, from `ready` to quit, so that it is never an invisible
 * process:
 * - a second launch quits and the first instance shows its popover (`second-instance`,
 *   docs/api/app.md `app.requestSingleInstanceLock`);
 * - a failing start shows an error dialog, gives the single-instance lock back and exits, so
 *   the next launch is not swallowed by a process nobody can see;
 * - quitting waits for `shutdown` (`before-quit` is prevented once, then quit is called
 *   again when it is done, docs/api/app.md event 'before-quit').
 */
export function runSingleInstance(options: {
  start(): Promise<RunningApp>;
  logger: Logger;
  exit?: (code: number) => void;
}): void {
  const exit = options.exit ?? ((code: number) => app.exit(code));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let running: RunningApp | null = null;
  let openWhenStarted = false;
  let shutdown: 'no' | 'running' | 'done' = 'no';

  app.on('second-instance', () => {
    if (running) running.openPopover();
    else openWhenStarted = true;
  });
  app.on('before-quit', (event) => {
    if (running === null || shutdown === 'done') return;
    event.preventDefault();
    if (shutdown === 'running') return;
    shutdown = 'running';
    const stop = running.shutdown().catch((error: unknown) => {
      options.logger.error('Shutdown failed', { error: describe(error) });
    });
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS));
    void Promise.race([stop, timeout]).then(() => {
      shutdown = 'done';
      app.quit();
    });
  });

  app
    .whenReady()
    .then(options.start)
    .then((started) => {
      running = started;
      if (openWhenStarted) started.openPopover();
    })
    .catch((error: unknown) => {
      options.logger.error('Glucobar could not start', { error: describe(error) });
      const i18n = startFailureWords();
      dialog.showErrorBox(
        i18n.t('dialog.startFailedTitle'),
        i18n.t('dialog.startFailedBody', { error: describe(error) }),
      );
      app.releaseSingleInstanceLock();
      // exit, not quit: a half-built popover refuses to close, which would cancel a quit.
      exit(1);
    });
}

/**
 * The settings may be what failed, so the OS's languages choose the words; anything odd there
 * falls back to English, because this dialog must never fail (else: an invisible process).
 */
function startFailureWords(): Translator {
  try {
    return createTranslator(resolveLocale('system', app.getPreferredSystemLanguages()));
  } catch {
    return ENGLISH_WORDS;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 300);
}

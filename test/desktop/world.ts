// The desktop suites' shared set-up: one Chromium for the whole file (connected to the one the
// global set-up started, when there is one), a fresh machine per test, and Electron's main
// process rule for unhandled rejections (printed, process keeps running) for the app's code.
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { Machine, type MachineOptions } from './standin/machine';
import { takeDesktopPicture } from './standin/picture';
import type { AppProcess } from './standin/process';

export interface DesktopSuite {
  /** A machine for this test only. */
  machine(options: Omit<MachineOptions, 'browser'>): Machine;
  /** A machine for the enclosing describe block (made before its first test). */
  shared(options: Omit<MachineOptions, 'browser'>): () => Machine;
  /** Saves test-results/desktop/<personality>-<name>.png and returns its path. */
  picture(machine: Machine, proc: AppProcess | null, name: string): Promise<string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    standinChromium: string;
  }
}

export function useDesktopSuite(): DesktopSuite {
  let browser: Browser;
  const machines: Machine[] = [];
  let restore: () => void = () => undefined;

  beforeAll(async () => {
    const endpoint = inject('standinChromium');
    browser = endpoint ? await chromium.connect(endpoint) : await launchChromium();
    restore = routeAppRejections(() => all);
  });
  afterEach(async () => {
    await Promise.all(machines.splice(0).map((m) => m.dispose()));
  });
  afterAll(async () => {
    restore();
    await browser?.close();
  });

  const all: Machine[] = [];
  return {
    machine(options) {
      const machine = new Machine({ ...options, browser });
      machines.push(machine);
      all.push(machine);
      return machine;
    },
    shared(options) {
      let machine: Machine | null = null;
      beforeAll(() => {
        machine = new Machine({ ...options, browser });
        all.push(machine);
      });
      afterAll(async () => {
        await machine?.dispose();
      });
      return () => {
        if (!machine) throw new Error('the shared machine exists only inside tests');
        return machine;
      };
    },
    picture: (machine, proc, name) => takeDesktopPicture(browser, machine, proc, name),
  };
}

/**
 * A rejection from the app's bundle that nobody handled is what Electron's main process only
 * prints (Node's 'warn' mode in Electron); the process keeps running. It is recorded on the
 * newest app process; every other rejection still reaches Vitest.
 */
function routeAppRejections(machines: () => Machine[]): () => void {
  const previous = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const route = (reason: unknown, promise: Promise<unknown>) => {
    const stack = reason instanceof Error ? String(reason.stack) : '';
    // Also from a process that has ended: its leftover promises still settle in this runner.
    const owner = machines()
      .flatMap((m) => (stack.includes(m.mainPath) ? m.processes : []))
      .at(-1);
    if (owner) {
      owner.unhandled.push(reason);
      owner.stderr.push(`(electron) UnhandledPromiseRejectionWarning: ${String(reason)}`);
      return;
    }
    for (const listener of previous) listener(reason, promise);
  };
  process.on('unhandledRejection', route);
  return () => {
    process.off('unhandledRejection', route);
    for (const listener of previous) process.on('unhandledRejection', listener);
  };
}

/** Polls `probe` until it returns a value that is not null/undefined/false, or fails. */
export async function waitFor<T>(
  what: string,
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

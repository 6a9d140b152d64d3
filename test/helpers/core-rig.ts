// The app core as unit tests build it: a fake clock, a scripted client, a real history on disk,
// default settings, notifications recorded. One place to change when AppCoreOptions changes.
import type { AppCore, AppCoreOptions } from '../../main/core/app-core';
import { createMemorySettings } from '../../main/core/app/memory-settings';
import { silentLogger, type Notifier } from '../../main/core/ports';
import { defaultSettings } from '../../main/core/settings/schema';
import type { FakeClock } from './fake-clock';

export type SentNotification = Parameters<Notifier['notify']>[0];

/** Options for `createAppCore`; `clock`, `client` and `history` are the test's own. */
export function testCoreOptions(
  parts: Pick<AppCoreOptions, 'clock' | 'client' | 'history'> & Partial<AppCoreOptions>,
  notifications: SentNotification[] = [],
): AppCoreOptions {
  return {
    random: () => 0.5,
    logger: silentLogger,
    settings: createMemorySettings(defaultSettings()),
    credentials: { save: async () => {}, clear: async () => {} },
    notifier: { notify: (n) => notifications.push(n) },
    demo: false,
    hasCredentials: true,
    // Noon on this machine: outside any quiet hours.
    localMinutesOfDay: () => 12 * 60,
    ...parts,
  };
}

/**
 * Moves the fake clock on; real file I/O happens between its timers, so each poll is let finish
 * (in real time) before time moves further.
 */
export function settledAdvance(clock: FakeClock, core: AppCore) {
  return (ms: number) =>
    clock.advance(ms, async () => {
      do await new Promise((resolve) => setTimeout(resolve, 1));
      while (core.poller().status().inFlight);
    });
}

import { app } from 'electron';
import { createAppCore, type AppCore } from '../core/app-core';
import { systemClock, type Logger } from '../core/ports';
import type { Account } from './account';
import { createAlarmNotifier } from './alarm-notifier';

/** Windows shows toasts only for this AppUserModelID (electron-builder's `appId`). */
const APP_ID = 'app.glucobar.desktop';

/**
 * The core the desktop app runs: the opened account's client, history and settings, alarms as
 * system notifications (with the popover as the fallback when the OS refuses one), and the
 * person's local time of day for quiet hours.
 */
export function createDesktopCore(
  account: Account,
  options: { logger: Logger; openPopover(): void },
): AppCore {
  const { settings, vault, source, history } = account;
  const core: AppCore = createAppCore({
    clock: systemClock,
    random: Math.random,
    logger: options.logger,
    client: source.client,
    history,
    settings,
    credentials: {
      save: async (c) => void (await vault.setCredentials(c)),
      clear: () => vault.clear(),
    },
    notifier: createAlarmNotifier({
      appId: APP_ID,
      logger: options.logger,
      notices: () => core,
      openPopover: options.openPopover,
    }),
    demo: source.demo !== null,
    hasCredentials: !source.keyStoreFailed,
    // The OS's language list, most preferred first, with regions ('de-AT', 'en-US'): Electron
    // docs, app.getPreferredSystemLanguages(); getLocale() is Chromium's UI locale, which is
    // only one language and may differ from what the person set in the OS.
    systemLanguages: app.getPreferredSystemLanguages(),
    localMinutesOfDay: (now) => new Date(now).getHours() * 60 + new Date(now).getMinutes(),
  });
  return core;
}

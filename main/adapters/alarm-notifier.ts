import type { Logger, Notifier } from '../core/ports';
import { createNotificationFallback } from '../core/window/notification-fallback';
import { createElectronNotifier } from './notifications';

/**
 * System notifications for alarms, with the visible fallback when the OS refuses one
 * (core/window/notification-fallback.ts). The targets are looked up at failure time: the
 * core and the tray that show the fallback are created after the notifier they use.
 */
export function createAlarmNotifier(options: {
  appId: string;
  logger: Logger;
  notices(): { addNotice(text: string): void; clearNotice(text: string): void };
  openPopover(): void;
}): Notifier {
  return createElectronNotifier({
    appId: options.appId,
    logger: options.logger,
    onFailed: createNotificationFallback({
      addNotice: (text) => options.notices().addNotice(text),
      clearNotice: (text) => options.notices().clearNotice(text),
      showPopover: () => options.openPopover(),
      formatTime: (ms) => new Date(ms).toLocaleTimeString([], { timeStyle: 'short' }),
      now: () => Date.now(),
    }),
  });
}

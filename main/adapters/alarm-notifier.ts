import type { Notice } from '../core/app/notice';
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
  notices(): { addNotice(notice: Notice): void; clearNotice(notice: Notice): void };
  openPopover(): void;
}): Notifier {
  return createElectronNotifier({
    appId: options.appId,
    logger: options.logger,
    onFailed: createNotificationFallback({
      addNotice: (notice) => options.notices().addNotice(notice),
      clearNotice: (notice) => options.notices().clearNotice(notice),
      showPopover: () => options.openPopover(),
      now: () => Date.now(),
    }),
  });
}

import { app, Notification } from 'electron';
import type { Logger, Notifier } from '../core/ports';

/**
 * Notifier over Electron's Notification. Windows shows toasts only for an app with an
 * AppUserModelID matching its Start-menu shortcut, so it is set here to electron-builder's
 * `appId`. Shown notifications are kept by id: a new one with the same id replaces the old
 * (an alarm that repeats does not stack up), and the reference keeps it from being
 * garbage-collected while on screen.
 */
export function createElectronNotifier(options: {
  appId: string;
  logger: Logger;
  platform?: NodeJS.Platform;
  onClick?: (id: string) => void;
  /** The OS refused to show it: the caller must make the alarm visible another way. */
  onFailed?: (notification: { id: string; title: string; body: string }) => void;
}): Notifier {
  const platform = options.platform ?? process.platform;
  if (platform === 'win32') app.setAppUserModelId(options.appId);
  const shown = new Map<string, Notification>();

  return {
    notify({ id, title, body, urgency }) {
      if (!Notification.isSupported()) {
        options.logger.warn('Notifications are not supported here', { id });
        options.onFailed?.({ id, title, body });
        return;
      }
      shown.get(id)?.close();
      const notification = new Notification({
        id,
        title,
        body,
        urgency,
        silent: false,
        // A critical alarm stays until the person dismisses it.
        timeoutType: urgency === 'critical' ? 'never' : 'default',
      });
      notification.on('click', () => options.onClick?.(id));
      notification.on('close', () => {
        if (shown.get(id) === notification) shown.delete(id);
      });
      notification.on('failed', (_event, error) => {
        options.logger.warn('A notification failed', { id, error: String(error).slice(0, 200) });
        if (shown.get(id) === notification) shown.delete(id);
        options.onFailed?.({ id, title, body });
      });
      shown.set(id, notification);
      notification.show();
    },
  };
}

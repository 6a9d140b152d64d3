/**
 * What happens when the OS refuses to show a notification. On macOS an unsigned build gets
 * only a `failed` event for every notification (docs/api/notification.md, event 'failed');
 * Windows without a Start-menu shortcut and Linux without a notification daemon fail too.
 * A health alarm must never vanish silently, so a failed one becomes a notice in the popover
 * (with the time it was raised, so it is never read as the current state) and the popover
 * opens. One notice per alarm id: a repeat replaces the earlier one instead of piling up.
 */
import type { Notice } from '../app/notice';

export interface FailedNotification {
  id: string;
  title: string;
  body: string;
}

export interface NotificationFallbackTargets {
  addNotice(notice: Notice): void;
  clearNotice(notice: Notice): void;
  /** Opens the popover where the notice is shown. */
  showPopover(): void;
  now(): number;
}

export const NOTIFICATIONS_BLOCKED_NOTICE: Notice = { key: 'notice.notificationsBlocked' };

export function createNotificationFallback(
  targets: NotificationFallbackTargets,
): (failed: FailedNotification) => void {
  const shownById = new Map<string, Notice>();
  return (failed) => {
    const previous = shownById.get(failed.id);
    if (previous !== undefined) targets.clearNotice(previous);
    // The title and body are already in the person's language (alarms/messages.ts); the time
    // is written when the snapshot is built.
    const notice: Notice = {
      key: 'notice.alarmNotShown',
      params: { title: failed.title, body: failed.body },
      at: targets.now(),
    };
    shownById.set(failed.id, notice);
    targets.addNotice(NOTIFICATIONS_BLOCKED_NOTICE);
    targets.addNotice(notice);
    targets.showPopover();
  };
}

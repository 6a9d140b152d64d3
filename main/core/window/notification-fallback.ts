/**
 * What happens when the OS refuses to show a notification. On macOS an unsigned build gets
 * only a `failed` event for every notification (docs/api/notification.md, event 'failed');
 * Windows without a Start-menu shortcut and Linux without a notification daemon fail too.
 * A health alarm must never vanish silently, so a failed one becomes a notice in the popover
 * (with the time it was raised, so it is never read as the current state) and the popover
 * opens. One notice per alarm id: a repeat replaces the earlier one instead of piling up.
 */
export interface FailedNotification {
  id: string;
  title: string;
  body: string;
}

export interface NotificationFallbackTargets {
  addNotice(text: string): void;
  clearNotice(text: string): void;
  /** Opens the popover where the notice is shown. */
  showPopover(): void;
  /** "14:05" in the person's local time. */
  formatTime(epochMs: number): string;
  now(): number;
}

export const NOTIFICATIONS_BLOCKED_NOTICE =
  'The system did not show Glucobar’s alarm notification (notifications may be turned off ' +
  'for Glucobar, or this build is not signed). Alarms are shown here and in the tray instead.';

export function createNotificationFallback(
  targets: NotificationFallbackTargets,
): (failed: FailedNotification) => void {
  const shownById = new Map<string, string>();
  return (failed) => {
    const previous = shownById.get(failed.id);
    if (previous !== undefined) targets.clearNotice(previous);
    const text = `Alarm at ${targets.formatTime(targets.now())}: ${failed.title} — ${failed.body}`;
    shownById.set(failed.id, text);
    targets.addNotice(NOTIFICATIONS_BLOCKED_NOTICE);
    targets.addNotice(text);
    targets.showPopover();
  };
}

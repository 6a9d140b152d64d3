/**
 * What a click on the tray icon does to the popover.
 *
 * Clicking the tray icon while the popover is open first blurs the popover (which hides it,
 * unless pinned) and only then delivers the click. Without this rule that click would open the
 * popover again, so "click to close" would never close. A click that lands shortly after a
 * blur-hide is therefore taken as the closing click. (maxogden/menubar works around the same
 * ordering with a fixed 100 ms timer on blur.)
 */
export const BLUR_CLICK_GRACE_MS = 300;

export type TrayClickAction = 'show' | 'hide' | 'none';

export function decideTrayClick(state: {
  visible: boolean;
  /** When a blur last hid the popover, epoch ms; null if it did not. */
  hiddenByBlurAt: number | null;
  now: number;
}): TrayClickAction {
  if (state.visible) return 'hide';
  if (state.hiddenByBlurAt !== null) {
    const since = state.now - state.hiddenByBlurAt;
    if (since >= 0 && since < BLUR_CLICK_GRACE_MS) return 'none';
  }
  return 'show';
}

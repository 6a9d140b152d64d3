/**
 * Privacy mode (screen sharing): every number about the wearer is replaced by the same mask,
 * in the tray, the menu, notifications and the popover, so nothing of the value leaks, not even
 * its number of digits.
 */

/** Shown instead of a number, like a masked password. */
export const PRIVACY_MASK = '•••';

/** `text`, or the mask when privacy mode is on. */
export function masked(text: string, privacy: boolean): string {
  return privacy ? PRIVACY_MASK : text;
}

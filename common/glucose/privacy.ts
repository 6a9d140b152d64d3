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

/**
 * A person's name as privacy mode shows it: initials only ("Ada Lovelace" → "A. L."), enough
 * for the follower to tell two people apart, not enough for an audience to know who it is.
 * Names are already sanitised server text; a name without letters becomes "Someone".
 */
export function maskedName(name: string, privacy: boolean): string {
  if (!privacy) return name;
  const initials = name
    .split(/[\s\-_.]+/u)
    .map((word) => [...word].find((char) => /\p{L}/u.test(char)))
    .filter((char): char is string => char !== undefined)
    .slice(0, 3)
    .map((char) => `${char.toLocaleUpperCase()}.`);
  return initials.length > 0 ? initials.join(' ') : 'Someone';
}

// Privacy mode (screen sharing): every number about the wearer is replaced by the same mask,
// so nothing of the value leaks, not even its number of digits.

export const MASK = '•••';

/** `text`, or the mask when privacy mode is on. */
export function masked(text: string, privacy: boolean): string {
  return privacy ? MASK : text;
}

import { expect } from 'vitest';

/**
 * Fails unless `text` holds nothing a terminal, tooltip, notification or file name would
 * interpret: no C0/C1 control (CR, LF, ESC, CSI, NEL…), no escape-sequence remains, no bidi
 * override, isolate or invisible mark.
 */
export function expectClean(text: string): void {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(text).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
  expect(text).not.toMatch(/\[\d*[A-Za-z]|\]8;;|\]0;/);
}

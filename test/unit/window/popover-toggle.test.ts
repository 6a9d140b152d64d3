import { describe, expect, it } from 'vitest';
import { BLUR_CLICK_GRACE_MS, decideTrayClick } from '../../../main/core/window/popover-toggle';

describe('decideTrayClick', () => {
  it('hides a visible popover and shows a hidden one', () => {
    expect(decideTrayClick({ visible: true, hiddenByBlurAt: null, now: 1000 })).toBe('hide');
    expect(decideTrayClick({ visible: false, hiddenByBlurAt: null, now: 1000 })).toBe('show');
  });

  it('treats a click right after a blur-hide as the closing click', () => {
    expect(decideTrayClick({ visible: false, hiddenByBlurAt: 1000, now: 1010 })).toBe('none');
    expect(
      decideTrayClick({
        visible: false,
        hiddenByBlurAt: 1000,
        now: 1000 + BLUR_CLICK_GRACE_MS - 1,
      }),
    ).toBe('none');
  });

  it('opens again on a later click, and ignores a clock that went backwards', () => {
    expect(
      decideTrayClick({ visible: false, hiddenByBlurAt: 1000, now: 1000 + BLUR_CLICK_GRACE_MS }),
    ).toBe('show');
    expect(decideTrayClick({ visible: false, hiddenByBlurAt: 5000, now: 1000 })).toBe('show');
  });
});

import { describe, expect, it } from 'vitest';
import { miniStacking } from '../../../main/core/window/mini-stacking';
import {
  CLOSED_MINI_VIEW,
  parseMiniViewState,
  storedMiniView,
} from '../../../main/core/window/mini-state';

describe('miniStacking', () => {
  it('floats over full-screen Spaces on macOS and is topmost on Windows', () => {
    expect(miniStacking('darwin', false)).toMatchObject({
      level: 'floating',
      visibleOnFullScreen: true,
      canPosition: true,
      limit: null,
    });
    expect(miniStacking('win32', false)).toMatchObject({ visibleOnFullScreen: false, limit: null });
  });

  it('says what Linux does not allow: full screen covers it on X11, nothing on top on Wayland', () => {
    expect(miniStacking('linux', false)).toMatchObject({
      canPosition: true,
      limit: 'fullScreenCovers',
    });
    expect(miniStacking('linux', true)).toMatchObject({
      canPosition: false,
      limit: 'waylandNoOnTop',
    });
  });
});

describe('mini view state file', () => {
  it('reads back what it wrote', () => {
    const state = { open: true, place: { x: -1500, y: 40 } };
    expect(parseMiniViewState(JSON.parse(JSON.stringify(storedMiniView(state))))).toEqual(state);
    expect(parseMiniViewState(storedMiniView(CLOSED_MINI_VIEW))).toEqual(CLOSED_MINI_VIEW);
  });

  it('refuses documents it did not write', () => {
    for (const raw of [
      null,
      'open',
      { version: 2, open: true, place: null },
      { version: 1, open: 'yes', place: null },
      { version: 1, open: true, place: { x: 1e9, y: 0 } },
      { version: 1, open: true, place: { x: 1.5, y: 0 } },
    ]) {
      expect(parseMiniViewState(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});

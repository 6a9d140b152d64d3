import { describe, expect, it } from 'vitest';
import {
  defaultMiniBounds,
  MINI_MARGIN,
  MINI_SIZE,
  restoreMiniBounds,
  type DisplayArea,
} from '../../../main/core/window/mini-place';

const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
// macOS laptop: menu bar on top (24). Windows 150 %: 1707×960 DIPs, taskbar 48 at the bottom.
const mac: DisplayArea = { bounds: rect(0, 0, 1440, 900), workArea: rect(0, 24, 1440, 876) };
const win150: DisplayArea = { bounds: rect(0, 0, 1707, 960), workArea: rect(0, 0, 1707, 912) };
const left: DisplayArea = {
  bounds: rect(-1920, 0, 1920, 1080),
  workArea: rect(-1920, 0, 1920, 1032),
};

describe('defaultMiniBounds', () => {
  it('goes to the right-hand corner away from the panel that holds the tray', () => {
    // Menu bar on top → bottom right, above the Dock's edge of the work area.
    expect(defaultMiniBounds(mac)).toEqual({
      x: 1440 - MINI_SIZE.width - MINI_MARGIN,
      y: 24 + 876 - MINI_SIZE.height - MINI_MARGIN,
      ...MINI_SIZE,
    });
    // Taskbar at the bottom → top right.
    expect(defaultMiniBounds(win150)).toEqual({
      x: 1707 - MINI_SIZE.width - MINI_MARGIN,
      y: MINI_MARGIN,
      ...MINI_SIZE,
    });
  });
});

describe('restoreMiniBounds', () => {
  it('keeps a remembered place that is on a display', () => {
    expect(restoreMiniBounds({ x: 300, y: 200 }, [win150, left], win150)).toEqual({
      x: 300,
      y: 200,
      ...MINI_SIZE,
    });
    expect(restoreMiniBounds({ x: -1000, y: 500 }, [win150, left], win150)).toEqual({
      x: -1000,
      y: 500,
      ...MINI_SIZE,
    });
  });

  it('falls back to the primary corner when the display it was on is gone', () => {
    expect(restoreMiniBounds({ x: -1000, y: 500 }, [win150], win150)).toEqual(
      defaultMiniBounds(win150),
    );
  });

  it('falls back when only a sliver would be on screen, and without a place', () => {
    const sliver = { x: 1707 - 40, y: 100 };
    expect(restoreMiniBounds(sliver, [win150], win150)).toEqual(defaultMiniBounds(win150));
    expect(restoreMiniBounds(null, [win150], win150)).toEqual(defaultMiniBounds(win150));
  });

  it('nudges a mostly visible place fully inside the work area (never under the taskbar)', () => {
    const underTaskbar = { x: 200, y: 912 - MINI_SIZE.height + 30 };
    expect(restoreMiniBounds(underTaskbar, [win150], win150)).toEqual({
      x: 200,
      y: 912 - MINI_SIZE.height,
      ...MINI_SIZE,
    });
    // Under the macOS menu bar.
    expect(restoreMiniBounds({ x: 100, y: 0 }, [mac], mac).y).toBe(24);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  placePopover,
  taskbarEdge,
  type PlacementInput,
  type Rect,
} from '../../../main/core/tray/placement';

const WINDOW = { width: 380, height: 560 };
const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});
const FULL_HD = rect(0, 0, 1920, 1080);

function place(overrides: Partial<PlacementInput> & Pick<PlacementInput, 'trayBounds'>) {
  return placePopover({
    windowSize: WINDOW,
    display: { bounds: FULL_HD, workArea: rect(0, 0, 1920, 1040) },
    platform: 'win32',
    ...overrides,
  });
}

describe('taskbarEdge', () => {
  const at = { x: 1000, y: 500 };
  it('finds the edge the work area leaves out', () => {
    expect(taskbarEdge({ bounds: FULL_HD, workArea: rect(0, 0, 1920, 1040) }, at)).toBe('bottom');
    expect(taskbarEdge({ bounds: FULL_HD, workArea: rect(0, 40, 1920, 1040) }, at)).toBe('top');
    expect(taskbarEdge({ bounds: FULL_HD, workArea: rect(60, 0, 1860, 1080) }, at)).toBe('left');
    expect(taskbarEdge({ bounds: FULL_HD, workArea: rect(0, 0, 1860, 1080) }, at)).toBe('right');
  });

  it('with an auto-hidden taskbar, picks the display edge nearest the icon', () => {
    const display = { bounds: FULL_HD, workArea: FULL_HD };
    expect(taskbarEdge(display, { x: 1700, y: 1060 })).toBe('bottom');
    expect(taskbarEdge(display, { x: 1700, y: 12 })).toBe('top');
    expect(taskbarEdge(display, { x: 10, y: 700 })).toBe('left');
    expect(taskbarEdge(display, { x: 1910, y: 700 })).toBe('right');
  });

  it('with two panels (GNOME top bar and a dock), picks the one holding the icon', () => {
    const display = { bounds: FULL_HD, workArea: rect(70, 27, 1850, 1053) };
    expect(taskbarEdge(display, { x: 1800, y: 13 })).toBe('top');
    expect(taskbarEdge(display, { x: 35, y: 900 })).toBe('left');
  });
});

describe('placePopover on macOS', () => {
  const mac = {
    platform: 'darwin' as const,
    display: { bounds: rect(0, 0, 1440, 900), workArea: rect(0, 25, 1440, 875) },
  };

  it('centres the popover under the menu-bar icon', () => {
    expect(place({ ...mac, trayBounds: rect(1200, 0, 24, 24) })).toEqual({ x: 1212 - 190, y: 25 });
  });

  it('clamps to the work area near the screen edges', () => {
    expect(place({ ...mac, trayBounds: rect(1420, 0, 22, 24) })).toEqual({ x: 1440 - 380, y: 25 });
    expect(place({ ...mac, trayBounds: rect(5, 0, 22, 24) })).toEqual({ x: 0, y: 25 });
  });

  it('works on a secondary display left of the main one (negative x)', () => {
    const display = { bounds: rect(-1920, 0, 1920, 1080), workArea: rect(-1920, 25, 1920, 1055) };
    expect(place({ ...mac, display, trayBounds: rect(-300, 0, 24, 24) })).toEqual({
      x: -478,
      y: 25,
    });
  });

  it('sits below the menu bar even when the menu bar auto-hides', () => {
    const display = { bounds: rect(0, 0, 1440, 900), workArea: rect(0, 0, 1440, 900) };
    expect(place({ ...mac, display, trayBounds: rect(1200, 0, 24, 24) }).y).toBe(24);
  });
});

describe('placePopover on Windows', () => {
  it('bottom taskbar: above the icon, centred on it', () => {
    expect(place({ trayBounds: rect(1700, 1048, 24, 24) })).toEqual({ x: 1522, y: 1040 - 560 });
    expect(place({ trayBounds: rect(1880, 1048, 24, 24) })).toEqual({ x: 1540, y: 480 });
  });

  it('top taskbar: below the icon', () => {
    const display = { bounds: FULL_HD, workArea: rect(0, 40, 1920, 1040) };
    expect(place({ display, trayBounds: rect(1700, 8, 24, 24) })).toEqual({ x: 1522, y: 40 });
  });

  it('left taskbar: beside the icon, clamped vertically', () => {
    const display = { bounds: FULL_HD, workArea: rect(60, 0, 1860, 1080) };
    expect(place({ display, trayBounds: rect(18, 1000, 24, 24) })).toEqual({ x: 60, y: 520 });
    expect(place({ display, trayBounds: rect(18, 300, 24, 24) })).toEqual({ x: 60, y: 312 - 280 });
  });

  it('right taskbar: beside the icon on its left', () => {
    const display = { bounds: FULL_HD, workArea: rect(0, 0, 1860, 1080) };
    expect(place({ display, trayBounds: rect(1878, 1000, 24, 24) })).toEqual({ x: 1480, y: 520 });
  });

  it('auto-hidden bottom taskbar: just above the icon', () => {
    const display = { bounds: FULL_HD, workArea: FULL_HD };
    expect(place({ display, trayBounds: rect(1700, 1050, 24, 24) })).toEqual({ x: 1522, y: 490 });
  });

  it('icon in the overflow flyout (inside the work area): above the icon', () => {
    expect(place({ trayBounds: rect(1650, 960, 24, 24) })).toEqual({ x: 1472, y: 400 });
  });

  it('secondary display above the primary one (negative y)', () => {
    const display = { bounds: rect(0, -1080, 1920, 1080), workArea: rect(0, -1080, 1920, 1040) };
    expect(place({ display, trayBounds: rect(1700, -32, 24, 24) })).toEqual({ x: 1522, y: -600 });
  });

  it('scaled secondary display left of the primary, with fractional DIPs', () => {
    const display = {
      bounds: rect(-1706.6667, 0, 1706.6667, 960),
      workArea: rect(-1706.6667, 0, 1706.6667, 912.5),
    };
    const at = place({ display, trayBounds: rect(-50.4, 920.2, 24, 24) });
    expect(at).toEqual({ x: -380, y: 352 });
    expect(Number.isInteger(at.x) && Number.isInteger(at.y)).toBe(true);
  });

  it('a window larger than the work area keeps its top-left corner visible', () => {
    const display = { bounds: rect(0, 0, 800, 600), workArea: rect(0, 0, 800, 560) };
    const at = place({
      display,
      trayBounds: rect(700, 570, 24, 24),
      windowSize: { width: 900, height: 700 },
    });
    expect(at).toEqual({ x: 0, y: 0 });
  });
});

describe('placePopover on Linux', () => {
  const topPanel = { bounds: FULL_HD, workArea: rect(0, 27, 1920, 1053) };

  it('uses the same taskbar heuristics as Windows', () => {
    expect(
      place({ platform: 'linux', display: topPanel, trayBounds: rect(1700, 2, 24, 24) }),
    ).toEqual({
      x: 1522,
      y: 27,
    });
  });

  it('falls back to the cursor when the host reports zero tray bounds', () => {
    const at = place({
      platform: 'linux',
      display: topPanel,
      trayBounds: rect(0, 0, 0, 0),
      cursor: { x: 1000, y: 10 },
    });
    expect(at).toEqual({ x: 810, y: 27 });
    const bottom = place({
      platform: 'linux',
      trayBounds: rect(0, 0, 0, 0),
      cursor: { x: 400, y: 1060 },
    });
    expect(bottom).toEqual({ x: 210, y: 480 });
  });

  it('without bounds or cursor, opens in the work-area corner on the panel side', () => {
    expect(place({ platform: 'linux', display: topPanel, trayBounds: rect(0, 0, 0, 0) })).toEqual({
      x: 1540,
      y: 27,
    });
    expect(place({ platform: 'linux', trayBounds: rect(0, 0, 0, 0) })).toEqual({ x: 1540, y: 480 });
    const leftDock = { bounds: FULL_HD, workArea: rect(70, 0, 1850, 1080) };
    expect(place({ platform: 'linux', display: leftDock, trayBounds: rect(0, 0, 0, 0) })).toEqual({
      x: 70,
      y: 520,
    });
  });

  it('a real icon at the origin is not mistaken for missing bounds', () => {
    const display = { bounds: FULL_HD, workArea: rect(0, 30, 1920, 1050) };
    expect(
      place({
        platform: 'linux',
        display,
        trayBounds: rect(0, 0, 30, 30),
        cursor: { x: 900, y: 500 },
      }),
    ).toEqual({
      x: 0,
      y: 30,
    });
  });
});

describe('placePopover (property)', () => {
  it('always returns whole DIPs inside the work area when the window fits', () => {
    const arbitrary = fc
      .record({
        dx: fc.integer({ min: -4000, max: 4000 }),
        dy: fc.integer({ min: -3000, max: 3000 }),
        w: fc.integer({ min: 800, max: 3840 }),
        h: fc.integer({ min: 640, max: 2160 }),
        edge: fc.constantFrom('top', 'bottom', 'left', 'right', 'none'),
        bar: fc.integer({ min: 0, max: 80 }),
        tx: fc.double({ min: 0, max: 1, noNaN: true }),
        ty: fc.double({ min: 0, max: 1, noNaN: true }),
        zero: fc.boolean(),
        platform: fc.constantFrom('darwin', 'win32', 'linux'),
      })
      .map((r) => {
        const bounds = rect(r.dx, r.dy, r.w, r.h);
        const b = r.edge === 'none' ? 0 : r.bar;
        const workArea = rect(
          r.dx + (r.edge === 'left' ? b : 0),
          r.dy + (r.edge === 'top' ? b : 0),
          r.w - (r.edge === 'left' || r.edge === 'right' ? b : 0),
          r.h - (r.edge === 'top' || r.edge === 'bottom' ? b : 0),
        );
        const trayBounds = r.zero
          ? rect(0, 0, 0, 0)
          : rect(r.dx + r.tx * r.w, r.dy + r.ty * r.h, 24, 24);
        return { bounds, workArea, trayBounds, platform: r.platform };
      });
    fc.assert(
      fc.property(arbitrary, ({ bounds, workArea, trayBounds, platform }) => {
        const at = placePopover({
          trayBounds,
          windowSize: WINDOW,
          display: { bounds, workArea },
          platform,
        });
        expect(Number.isInteger(at.x) && Number.isInteger(at.y)).toBe(true);
        expect(at.x).toBeGreaterThanOrEqual(workArea.x);
        expect(at.y).toBeGreaterThanOrEqual(workArea.y);
        expect(at.x + WINDOW.width).toBeLessThanOrEqual(workArea.x + workArea.width);
        expect(at.y + WINDOW.height).toBeLessThanOrEqual(workArea.y + workArea.height);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Where the mini view goes: the place the person dragged it to last time, if that place is still
 * on a display, else a corner of the primary display's work area. Electron-free: the adapter
 * hands in `screen.getAllDisplays()` / `getPrimaryDisplay()` (docs/api/screen.md; bounds and
 * work areas in DIPs, the work area without menu bar, Dock, taskbar or panels).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  bounds: Rect;
  workArea: Rect;
}

/** The mini view's size in DIPs: value, arrow, delta, age and a sparkline, nothing more. */
export const MINI_SIZE = { width: 224, height: 112 } as const;

/** Distance kept from the work area's edges for the default place. */
export const MINI_MARGIN = 16;

/**
 * A remembered place counts as "still on a display" only when at least this share of the
 * window lies inside one work area: a sliver left on screen after a monitor went away cannot be
 * grabbed to drag it back.
 */
export const MIN_VISIBLE_SHARE = 0.5;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * The corner of the primary work area away from the panel that holds the tray, on the right:
 * the popover opens beside the tray icon, so the mini view there would sit under (macOS: the
 * menu bar is on top → bottom right) or over (Windows taskbar at the bottom → top right) it.
 * Decided from the work area itself, so a Linux panel on either edge is handled the same way.
 */
export function defaultMiniBounds(primary: DisplayArea, size = MINI_SIZE): Rect {
  const area = primary.workArea;
  const panelOnTop = area.y > primary.bounds.y;
  const x = area.x + area.width - size.width - MINI_MARGIN;
  const y = panelOnTop ? area.y + area.height - size.height - MINI_MARGIN : area.y + MINI_MARGIN;
  return { x: Math.round(x), y: Math.round(y), width: size.width, height: size.height };
}

/**
 * The bounds to open at. `saved` is what the store held (already shape-checked); its size is
 * ignored (the mini view has one size). A place mostly inside some display's work area is
 * kept, nudged fully inside that work area; anything else (no saved place, a display that is
 * gone, a place moved under a new taskbar) falls back to `defaultMiniBounds` on the primary.
 */
export function restoreMiniBounds(
  saved: { x: number; y: number } | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
  size = MINI_SIZE,
): Rect {
  if (saved === null || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) {
    return defaultMiniBounds(primary, size);
  }
  const wanted: Rect = { x: saved.x, y: saved.y, width: size.width, height: size.height };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const display of displays) {
    const overlap = overlapArea(wanted, display.workArea);
    if (overlap > bestOverlap) {
      best = display.workArea;
      bestOverlap = overlap;
    }
  }
  if (best === null || bestOverlap < MIN_VISIBLE_SHARE * size.width * size.height) {
    return defaultMiniBounds(primary, size);
  }
  return {
    x: Math.round(clamp(wanted.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(wanted.y, best.y, best.y + best.height - size.height)),
    width: size.width,
    height: size.height,
  };
}

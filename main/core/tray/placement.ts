/**
 * Where the popover window opens, next to the tray icon. The idea follows max-mapper/menubar
 * (src/util/getWindowPosition.ts): find the taskbar's edge by comparing the display's work
 * area with its full bounds, then open beside the icon on that side. Pure; coordinates are
 * Electron's global DIPs, so displays left of or above the primary one are negative.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  width: number;
  height: number;
}

export type TaskbarEdge = 'top' | 'bottom' | 'left' | 'right';

export interface PlacementInput {
  trayBounds: Rect;
  windowSize: { width: number; height: number };
  /** The display the tray icon (or the cursor) is on. */
  display: { bounds: Rect; workArea: Rect };
  /** `darwin` opens under the menu-bar icon; every other platform uses the taskbar heuristics. */
  platform: NodeJS.Platform;
  /** Used when the tray reports no bounds (some Linux hosts answer 0,0,0,0). */
  cursor?: Point;
}

function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Distance from a point to each edge of the display, and whether that edge is reserved. */
function edges(display: PlacementInput['display'], at: Point) {
  const { bounds: b, workArea: w } = display;
  return [
    { edge: 'bottom', reserved: w.y + w.height < b.y + b.height, distance: b.y + b.height - at.y },
    { edge: 'top', reserved: w.y > b.y, distance: at.y - b.y },
    { edge: 'right', reserved: w.x + w.width < b.x + b.width, distance: b.x + b.width - at.x },
    { edge: 'left', reserved: w.x > b.x, distance: at.x - b.x },
  ] as const;
}

/**
 * The taskbar edge nearest to `at` among the edges whose space the work area leaves out;
 * with an auto-hidden taskbar nothing is left out, so the nearest display edge wins.
 * Ties go to the bottom (Windows' default) and then the top (most Linux panels).
 */
export function taskbarEdge(display: PlacementInput['display'], at: Point): TaskbarEdge {
  const all = edges(display, at);
  const reserved = all.filter((e) => e.reserved);
  const pool = reserved.length > 0 ? reserved : all;
  return pool.reduce((best, e) => (e.distance < best.distance ? e : best)).edge;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function anchorFor(input: PlacementInput): Rect | null {
  const t = input.trayBounds;
  if (t.width > 0 || t.height > 0 || t.x !== 0 || t.y !== 0) return t;
  return input.cursor ? { ...input.cursor, width: 0, height: 0 } : null;
}

/** With nothing to anchor to, open in the work-area corner on the taskbar's side. */
function cornerPosition(input: PlacementInput): Point {
  const { workArea: w } = input.display;
  const { width, height } = input.windowSize;
  const edge = taskbarEdge(input.display, { x: w.x + w.width, y: w.y + w.height });
  const right = w.x + w.width - width;
  const bottom = w.y + w.height - height;
  if (edge === 'top') return { x: right, y: w.y };
  if (edge === 'left') return { x: w.x, y: bottom };
  return { x: right, y: bottom };
}

function besideAnchor(input: PlacementInput, anchor: Rect): Point {
  const { workArea: w } = input.display;
  const { width, height } = input.windowSize;
  const c = centre(anchor);
  // macOS: the menu bar is always at the top; centre under the icon (menubar's `trayCenter`).
  const edge = input.platform === 'darwin' ? 'top' : taskbarEdge(input.display, c);
  switch (edge) {
    case 'top':
      return { x: c.x - width / 2, y: Math.max(anchor.y + anchor.height, w.y) };
    case 'bottom':
      return { x: c.x - width / 2, y: Math.min(anchor.y, w.y + w.height) - height };
    case 'left':
      return { x: Math.max(anchor.x + anchor.width, w.x), y: c.y - height / 2 };
    case 'right':
      return { x: Math.min(anchor.x, w.x + w.width) - width, y: c.y - height / 2 };
  }
}

/** The whole-DIP range a window edge may take inside the work area, `[min, max]`. */
function range(start: number, length: number, size: number): [number, number] {
  const min = Math.ceil(start);
  // A window larger than the work area keeps its top-left corner visible.
  return [min, Math.max(min, Math.floor(start + length - size))];
}

/** Top-left corner for the popover, in whole DIPs, always inside the display's work area. */
export function placePopover(input: PlacementInput): Point {
  const anchor = anchorFor(input);
  const raw = anchor ? besideAnchor(input, anchor) : cornerPosition(input);
  const { workArea: w } = input.display;
  const [minX, maxX] = range(w.x, w.width, input.windowSize.width);
  const [minY, maxY] = range(w.y, w.height, input.windowSize.height);
  return { x: clamp(Math.round(raw.x), minX, maxX), y: clamp(Math.round(raw.y), minY, maxY) };
}

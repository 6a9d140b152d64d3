/**
 * How the mini view asks to stay on top, per platform, and what the OS then actually does.
 * Electron-free: the adapter applies `level` and `visibleOnFullScreen`; the tray menu and
 * docs/mini-view.md say `limit` to the person.
 *
 * - macOS: `setAlwaysOnTop(true, 'floating')`, the level for utility windows that float over
 *   other apps' windows but below the Dock and menus (docs/api/browser-window.md
 *   `setAlwaysOnTop`: "from `floating` to `status` included, the window is placed below the
 *   Dock"), plus `setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })`: without it,
 *   a window is not shown over another app's full-screen Space (same page).
 * - Windows: the same `floating` level: topmost, below the taskbar (same note, "below the
 *   taskbar on Windows"); it stays inside the work area (mini-place.ts), so the taskbar never
 *   covers it. Over a borderless full-screen app it stays on top; exclusive-mode full-screen
 *   games own the display and cover every window.
 * - Linux on X11: `level` is macOS/Windows only (same page), the window manager gets
 *   _NET_WM_STATE_ABOVE. It stays above normal windows, but EWMH puts a *focused* full-screen
 *   window in the layer above "above" windows (EWMH 1.3 §7.10 "Stacking order"), so a
 *   full-screen video or game covers it.
 * - Linux on Wayland: `setAlwaysOnTop` has no effect (electron/electron#50403, documented in
 *   electron/electron#50560: the protocol gives clients no control over stacking), and a
 *   client cannot place its own window (docs/api/browser-window.md, Wayland), so the
 *   compositor puts it where it likes and its place is not remembered.
 */

export type MiniLevel = 'floating';

/** What the person should know the OS does not allow; null where the mini view stays on top. */
export type MiniStackingLimit = 'fullScreenCovers' | 'waylandNoOnTop' | null;

export interface MiniStacking {
  /** Ask for always-on-top (harmless where it is ignored). */
  alwaysOnTop: true;
  level: MiniLevel;
  /** macOS only: also show over other apps' full-screen Spaces. */
  visibleOnFullScreen: boolean;
  /** False on Wayland: no positioning, so nothing to restore or save. */
  canPosition: boolean;
  limit: MiniStackingLimit;
}

export function miniStacking(platform: NodeJS.Platform, wayland: boolean): MiniStacking {
  const base = { alwaysOnTop: true, level: 'floating' } as const;
  if (platform === 'darwin') {
    return { ...base, visibleOnFullScreen: true, canPosition: true, limit: null };
  }
  if (platform === 'win32') {
    return { ...base, visibleOnFullScreen: false, canPosition: true, limit: null };
  }
  if (wayland) {
    return { ...base, visibleOnFullScreen: false, canPosition: false, limit: 'waylandNoOnTop' };
  }
  return { ...base, visibleOnFullScreen: false, canPosition: true, limit: 'fullScreenCovers' };
}

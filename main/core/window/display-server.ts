/**
 * Whether the app runs as a native Wayland client. Since Electron 38 Chromium picks Wayland
 * by itself in a session with XDG_SESSION_TYPE=wayland (electron/electron#48301, which
 * replaced ELECTRON_OZONE_PLATFORM_HINT), unless `--ozone-platform=x11` forces XWayland.
 * A Wayland client cannot place its own windows and may not be given the focus
 * (docs/api/browser-window.md: `setPosition` has no effect on Wayland), so the popover is not
 * positioned there and never relies on a blur to close.
 */
export function isWaylandSession(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  ozonePlatformSwitch: string,
): boolean {
  if (platform !== 'linux') return false;
  if (ozonePlatformSwitch === 'wayland') return true;
  if (ozonePlatformSwitch === 'x11') return false;
  return env.XDG_SESSION_TYPE === 'wayland';
}

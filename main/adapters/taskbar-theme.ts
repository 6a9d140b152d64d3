import { nativeTheme } from 'electron';
import type { TaskbarTheme } from '../core/tray/palette';

/**
 * The theme of the panel the tray icon sits on, which is not the apps' theme:
 * - Windows has separate "Windows mode" and "app mode", and the tray is on the former
 *   (`nativeTheme.shouldUseDarkColorsForSystemIntegratedUI`, electron/electron#31898).
 * - GNOME (and Ubuntu's GNOME) draws its top bar dark in the light style too, so following
 *   the app theme there put near-black digits on a black bar (issue #9 defect 4).
 * - Elsewhere (KDE, Cinnamon, XFCE…) the panel follows the desktop theme.
 * The tray icon's own tile (issue #11) makes this matter less; this is what it is given.
 */
export function taskbarTheme(
  platform: NodeJS.Platform = process.platform,
  currentDesktop: string = process.env.XDG_CURRENT_DESKTOP ?? '',
): TaskbarTheme {
  if (platform === 'linux' && /(^|:)(gnome|ubuntu|unity)(:|$)/i.test(currentDesktop)) {
    return 'dark';
  }
  const dark =
    platform === 'win32'
      ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      : nativeTheme.shouldUseDarkColors;
  return dark ? 'dark' : 'light';
}

export function onThemeChange(listener: () => void): void {
  nativeTheme.on('updated', listener);
}

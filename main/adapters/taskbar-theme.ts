import { nativeTheme } from 'electron';
import type { TaskbarTheme } from '../core/tray/palette';

/**
 * The theme of the taskbar, not of apps: Windows has separate "Windows mode" and "app mode",
 * and the tray icon sits on the former (electron/electron#31898). Elsewhere the two agree.
 */
export function taskbarTheme(platform: NodeJS.Platform = process.platform): TaskbarTheme {
  const dark =
    platform === 'win32'
      ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      : nativeTheme.shouldUseDarkColors;
  return dark ? 'dark' : 'light';
}

export function onThemeChange(listener: () => void): void {
  nativeTheme.on('updated', listener);
}

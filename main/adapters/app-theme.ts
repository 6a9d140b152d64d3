import { nativeTheme } from 'electron';

/**
 * The apps' theme (light or dark) as the OS reports it to Chromium, which is what the popover's
 * `prefers-color-scheme` follows (docs/api/native-theme.md `shouldUseDarkColors`). It is not
 * the colour of the panel the tray sits on; the tray's value tile reads on any panel.
 */
export function appUsesDarkColors(): boolean {
  return nativeTheme.shouldUseDarkColors;
}

/** Calls `listener` whenever the OS theme changes (native-theme.md event 'updated'). */
export function onThemeChange(listener: () => void): () => void {
  nativeTheme.on('updated', listener);
  return () => nativeTheme.off('updated', listener);
}

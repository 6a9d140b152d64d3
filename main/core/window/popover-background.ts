/**
 * The popover window's own background colour: what a person sees before the page paints (a
 * window shown before its first paint shows only this colour; Electron's default is white,
 * docs/api/browser-window.md "Showing the window gracefully" → "Setting the backgroundColor
 * property"). It must be the page's `--bg` for the current theme (renderer/styles.css), or the
 * popover flashes white in the dark theme — on Windows a click on the tray can show the window
 * before the renderer has painted. A unit test keeps these equal to the stylesheet.
 */
export const POPOVER_BACKGROUND = { light: '#ffffff', dark: '#1c1f24' } as const;

export function popoverBackground(dark: boolean): string {
  return dark ? POPOVER_BACKGROUND.dark : POPOVER_BACKGROUND.light;
}

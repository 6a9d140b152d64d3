import type { MiniStackingLimit } from './mini-stacking';

/**
 * Every word main says about the mini view, in one place until the catalog (common/i18n) takes
 * them over. The page's own words are in renderer/mini/mini-words.ts.
 */
export const MINI_MENU_LABEL = 'Mini view';

/** Appended to the menu item where the OS does not keep the mini view on top. */
const LIMIT_NOTES: Readonly<Record<Exclude<MiniStackingLimit, null>, string>> = {
  fullScreenCovers: 'full-screen apps cover it',
  waylandNoOnTop: 'Wayland cannot keep it on top',
};

/** The tray menu's checkbox label, saying what this desktop does not allow. */
export function miniMenuLabel(limit: MiniStackingLimit): string {
  return limit === null ? MINI_MENU_LABEL : `${MINI_MENU_LABEL} (${LIMIT_NOTES[limit]})`;
}

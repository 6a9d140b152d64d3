import { ENGLISH_WORDS, type MessageKey, type Translator } from '../../../common/i18n/translate';
import type { MiniStackingLimit } from './mini-stacking';

/** The menu item's key, saying what this desktop does not allow (the OS keeps it from on top). */
const LABEL_KEYS: Readonly<Record<Exclude<MiniStackingLimit, null>, MessageKey>> = {
  fullScreenCovers: 'miniMenu.fullScreenCovers',
  waylandNoOnTop: 'miniMenu.waylandNoOnTop',
};

/** The tray menu's checkbox label in the snapshot's language (English by default). */
export function miniMenuLabel(limit: MiniStackingLimit, i18n: Translator = ENGLISH_WORDS): string {
  return i18n.t(limit === null ? 'miniMenu.label' : LABEL_KEYS[limit]);
}

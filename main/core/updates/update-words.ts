import type { Translator } from '../../../common/i18n/translate';
import type { UpdateOffer } from '../../../common/updates';
import { cleanServerText } from '../text/server-text';
import type { OfferedUpdate } from './update-policy';

/**
 * The offer as the tray menu and the popover show it, in the snapshot's language. The version
 * comes from the release feed, a server: it passes the one sanitiser like any server text.
 */
export function updateOfferText(offer: OfferedUpdate, i18n: Translator): UpdateOffer {
  return {
    label: i18n.t(offer.key, { version: cleanServerText(offer.version ?? '') }),
    action: offer.action,
  };
}

import { ENGLISH_WORDS, type Translator } from '../../../common/i18n/translate';
import type { AlarmNotification } from './types';

/**
 * A notification as privacy mode shows it (screen sharing, a presentation): no value, no
 * range or alarm kind, no name, nothing an audience could read about the wearer. It still
 * arrives, with the same id (so a repeat replaces it) and the same urgency, so an urgent low
 * keeps its critical, stay-on-screen toast and the follower knows to open Glucobar.
 */
export function notificationForPrivacy(
  notification: AlarmNotification,
  privacy: boolean,
  i18n: Translator = ENGLISH_WORDS,
): AlarmNotification {
  if (!privacy) return notification;
  const urgent = notification.urgency === 'critical';
  return {
    ...notification,
    title: i18n.t(urgent ? 'alarm.privacyUrgentTitle' : 'alarm.privacyTitle'),
    body: i18n.t('alarm.privacyBody'),
  };
}

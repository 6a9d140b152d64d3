/**
 * How each session status looks in the tray when there is no current value to show: a
 * couple of words for the macOS title (catalog `status.*`, statusWords) and one glyph for the
 * Windows/Linux icon. Being
 * signed out is calm in the title (`— sign in`) but still a `!` in the icon: on Windows the
 * icon is the only cue that the app is waiting for the person.
 *   `—` nothing to show yet, nothing wrong
 *   `!` the person has to do something (sign in, accept terms, update, pick a patient)
 *   `?` the app cannot reach a value right now and keeps trying by itself
 */
import type { SessionStatus } from '../../../common/session';
import { ENGLISH_WORDS, type Translator } from '../../../common/i18n/translate';

export type StatusGlyph = '—' | '!' | '?';

export interface StatusLook {
  glyph: StatusGlyph;
  /** Nothing is wrong (the title gets a dash, not a warning sign). */
  calm: boolean;
}

export const STATUS_LOOK: Readonly<Record<SessionStatus, StatusLook>> = {
  signed_out: { glyph: '!', calm: true },
  connecting: { glyph: '—', calm: true },
  ok: { glyph: '—', calm: true },
  bad_credentials: { glyph: '!', calm: false },
  terms_required: { glyph: '!', calm: false },
  email_verification_required: { glyph: '!', calm: false },
  locked_out: { glyph: '!', calm: false },
  rate_limited: { glyph: '?', calm: false },
  blocked: { glyph: '!', calm: false },
  client_outdated: { glyph: '!', calm: false },
  no_connections: { glyph: '!', calm: false },
  patient_not_found: { glyph: '!', calm: false },
  unauthorized: { glyph: '!', calm: false },
  offline: { glyph: '?', calm: false },
  server_unavailable: { glyph: '?', calm: false },
  bad_response: { glyph: '?', calm: false },
  region_unknown: { glyph: '!', calm: false },
  sign_in_step_required: { glyph: '!', calm: false },
  password_expired: { glyph: '!', calm: false },
  api_changed: { glyph: '!', calm: false },
};

/** A status in a couple of words in the reader's language, e.g. `offline`, `hors ligne`. */
export function statusWords(status: SessionStatus, i18n: Translator = ENGLISH_WORDS): string {
  return i18n.t(`status.${status}`);
}

/** Title for a status: a dash when all is well, a warning sign when something is wrong. */
export function statusTitle(status: SessionStatus, i18n: Translator = ENGLISH_WORDS): string {
  const look = STATUS_LOOK[status];
  return `${look.calm ? '—' : '⚠'} ${statusWords(status, i18n)}`;
}

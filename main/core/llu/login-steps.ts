/**
 * What a login answer's step (`status: 4`) or missing ticket means for the person. Only the
 * document steps `tou` and `pp` can be continued through the API, and only on request; every
 * other step (verifyEmail, two-factor, new document kinds, a forced password change) must be
 * finished in the official app or on LibreView's website, so it ends the login with a typed
 * error naming the step, never a `/auth/continue` call or a loop (llu-protocol §2, §9).
 */
import { LluError } from './errors';

/** Where a person can finish what LibreLinkUp asks; every guidance message ends with it. */
const FINISH_ELSEWHERE =
  'Finish it in the official LibreLinkUp app, or sign in on the LibreView website and complete it there; then try again in Glucobar.';

/** A step name is server text: only a short identifier is ever shown or logged. */
export function safeStepName(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/.test(value) ? value : null;
}

const PASSWORD_WORDS = /passw(?:or)?d|pwd/i;
const CHANGE_WORDS = /expir|change|reset|renew/i;

/** LibreView forces a password change at least yearly (`provider_password_expired`). */
export function mentionsPasswordChange(text: string): boolean {
  return (
    /password[_ ]?expired/i.test(text) || (PASSWORD_WORDS.test(text) && CHANGE_WORDS.test(text))
  );
}

export function passwordExpired(): LluError {
  return new LluError(
    'password_expired',
    'LibreView requires a new password for this account (it asks for a change about once a year). Change it in the official LibreLinkUp app or on the LibreView website, then enter the new password in Glucobar.',
  );
}

/** A step that is neither a document Glucobar can accept nor anything it can finish itself. */
export function stepElsewhere(type: unknown, componentName: unknown): LluError {
  const names = [type, componentName].filter((v): v is string => typeof v === 'string');
  if (names.some(mentionsPasswordChange)) return passwordExpired();
  if (type === 'verifyEmail' || componentName === 'VerifyEmail') {
    return new LluError(
      'email_verification_required',
      'LibreLinkUp wants the e-mail address verified first. Follow the link LibreLinkUp sent, or sign out and in again in the official LibreLinkUp app.',
    );
  }
  const step = safeStepName(type) ?? safeStepName(componentName);
  const named = step !== null ? ` ("${step}")` : '';
  return new LluError(
    'sign_in_step_required',
    `LibreLinkUp asks for a sign-in step Glucobar cannot complete${named}, for example a two-factor check or a new document. ${FINISH_ELSEWHERE}`,
    step !== null ? { step } : {},
  );
}

/** Status 0 with a user but no `authTicket`: seen for LibreView accounts with two-factor sign-in. */
export function noSessionIssued(): LluError {
  return new LluError(
    'sign_in_step_required',
    `LibreLinkUp accepted the password but issued no session, which happens when LibreView wants a further sign-in step such as a two-factor check. ${FINISH_ELSEWHERE}`,
    { field: 'data.authTicket' },
  );
}

/**
 * The one sentence a person reads about a LibreLinkUp failure (popover detail, tray tooltip),
 * written from the error's code and details in the snapshot's language. The error's own
 * English `message` stays for the command line and logs. Every detail that came from the
 * server (region, step, version, field) passes the one sanitiser before it is placed.
 */
import type { MessageKey, Translator } from '../../../common/i18n/translate';
import type { LluErrorCode, LluErrorDetails } from '../llu/errors';
import { cleanServerText } from '../text/server-text';

/** How long Glucobar waits, from the server's Retry-After or lockout, in the locale. */
function waitSentence(seconds: number | undefined, i18n: Translator): string {
  if (seconds === undefined) return i18n.t('llu.waitUnknown');
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return i18n.t('llu.waitMinutes', { count: minutes });
  return i18n.t('llu.waitHours', { count: Math.round(minutes / 60) });
}

/** Codes whose sentence needs no detail: the key is the code. */
const PLAIN: Partial<Record<LluErrorCode, MessageKey>> = {
  credentials_missing: 'llu.credentials_missing',
  network: 'llu.network',
  bad_credentials: 'llu.bad_credentials',
  email_verification_required: 'llu.email_verification_required',
  no_connections: 'llu.no_connections',
  patient_not_found: 'llu.patient_not_found',
  unauthorized: 'llu.unauthorized',
  server_unavailable: 'llu.server_unavailable',
  password_expired: 'llu.password_expired',
  api_changed: 'llu.api_changed',
};

/** The sentence naming a server detail (sanitised) when there is one, else the plain one. */
function naming(
  i18n: Translator,
  value: string | undefined,
  named: [MessageKey, string],
  plain: MessageKey,
): string {
  const clean = cleanServerText(value ?? '');
  return clean ? i18n.t(named[0], { [named[1]]: clean }) : i18n.t(plain);
}

export function lluMessage(
  problem: { code: LluErrorCode; details: LluErrorDetails },
  i18n: Translator,
): string {
  const { code, details } = problem;
  const wait = (): string => waitSentence(details.retryAfterSeconds, i18n);
  switch (code) {
    case 'terms_required':
      return i18n.t('llu.terms_required', {
        doc: i18n.t(details.document === 'pp' ? 'sessionCopy.doc.pp' : 'sessionCopy.doc.tou'),
      });
    case 'locked_out':
      return i18n.t('llu.locked_out', { wait: wait() });
    case 'rate_limited':
      return i18n.t('llu.rate_limited', { wait: wait() });
    case 'blocked':
      // HTTP 430 on login usually means new terms wait in the official app (llu/failures.ts).
      return details.httpStatus === 430
        ? i18n.t('llu.blockedLogin')
        : i18n.t('llu.blocked', { wait: wait() });
    case 'client_outdated':
      return naming(
        i18n,
        details.minimumVersion,
        ['llu.client_outdatedMinimum', 'version'],
        'llu.client_outdated',
      );
    case 'bad_response':
      return naming(i18n, details.field, ['llu.bad_responseField', 'field'], 'llu.bad_response');
    case 'region_unknown':
      return naming(
        i18n,
        details.region,
        ['llu.region_unknownNamed', 'region'],
        'llu.region_unknown',
      );
    case 'sign_in_step_required':
      return naming(
        i18n,
        details.step,
        ['llu.sign_in_step_requiredNamed', 'step'],
        'llu.sign_in_step_required',
      );
    default:
      return i18n.t(PLAIN[code] ?? 'llu.bad_response');
  }
}

import type { SessionStatus, SessionView } from '../../../common/session';
import type { Translator } from '../../../common/i18n/translate';
import type { LluError, LluErrorCode, LluErrorDetails } from '../llu/errors';
import { lluMessage } from './llu-words';

/**
 * The session as core state keeps it: the status and the failure as data (code + details).
 * Its sentence is written only when a snapshot is built (`sessionView`), in the snapshot's
 * language, so a change of language re-words it and nothing is translated twice.
 */
export interface SessionState {
  status: SessionStatus;
  /** When the app may try again on its own (lockouts, rate limits, blocks), epoch ms. */
  retryAt: number | null;
  /** The failure behind a non-ok status, null for signed out, connecting and ok. */
  problem: { code: LluErrorCode; details: LluErrorDetails } | null;
}

export const signedOutSession: SessionState = {
  status: 'signed_out',
  retryAt: null,
  problem: null,
};
export const connectingSession: SessionState = {
  status: 'connecting',
  retryAt: null,
  problem: null,
};
export const okSession: SessionState = { status: 'ok', retryAt: null, problem: null };

function statusFor(error: LluError): SessionStatus {
  switch (error.code) {
    case 'credentials_missing':
      return 'signed_out';
    case 'network':
      return 'offline';
    default:
      return error.code;
  }
}

/** The session after a failed request: the error's code and details, not its English text. */
export function sessionFromError(error: LluError, retryAt: number | null): SessionState {
  return {
    status: statusFor(error),
    retryAt,
    problem: { code: error.code, details: { ...error.details } },
  };
}

function plainMessage(status: SessionStatus, i18n: Translator): string {
  if (status === 'ok') return i18n.t('llu.connected');
  if (status === 'connecting') return i18n.t('sessionCopy.connecting.title');
  return i18n.t('llu.signedOut');
}

/** The session as every view shows it, worded in the translator's language. */
export function sessionView(session: SessionState, i18n: Translator): SessionView {
  const { problem } = session;
  return {
    status: session.status,
    message: problem ? lluMessage(problem, i18n) : plainMessage(session.status, i18n),
    retryAt: session.retryAt,
    document: problem?.details.document ?? null,
    minimumVersion: problem?.details.minimumVersion ?? null,
  };
}

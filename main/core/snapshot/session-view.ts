import type { SessionStatus, SessionView } from '../../../common/session';
import type { LluError } from '../llu/errors';

export const signedOutSession: SessionView = {
  status: 'signed_out',
  message: 'Sign in with your LibreLinkUp account to see glucose values.',
  retryAt: null,
  document: null,
  minimumVersion: null,
};

export const connectingSession: SessionView = {
  status: 'connecting',
  message: 'Connecting to LibreLinkUp…',
  retryAt: null,
  document: null,
  minimumVersion: null,
};

export const okSession: SessionView = {
  status: 'ok',
  message: 'Connected to LibreLinkUp.',
  retryAt: null,
  document: null,
  minimumVersion: null,
};

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

/** The session as a person should see it after a failed request. */
export function sessionFromError(error: LluError, retryAt: number | null): SessionView {
  return {
    status: statusFor(error),
    message: error.message,
    retryAt,
    document: error.details.document ?? null,
    minimumVersion: error.details.minimumVersion ?? null,
  };
}

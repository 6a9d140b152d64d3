/**
 * A login block that survives restarts. In-memory gates stop one process from repeating a
 * refused login; this stops the next process too (a status bar runs `glucobar status` every
 * minute, and three refused logins within a minute lock the account for five).
 */
import { LluError } from './errors';
import type { LluCredentials, StoredSession } from './types';

type LoginBlock = NonNullable<StoredSession['loginBlock']>;

/** After refused credentials, how long no process tries the same e-mail on its own. */
export const BAD_CREDENTIALS_PAUSE_MS = 15 * 60_000;

const emailKey = (credentials: LluCredentials) => credentials.email.trim().toLowerCase();

/** The block a failed login leaves behind, or null when it leaves none. */
export function blockAfter(error: LluError, used: LluCredentials, now: number): LoginBlock | null {
  if (error.code === 'bad_credentials') {
    return {
      email: emailKey(used),
      code: 'bad_credentials',
      until: now + BAD_CREDENTIALS_PAUSE_MS,
    };
  }
  if (error.code === 'locked_out') {
    const seconds = error.details.retryAfterSeconds ?? 300;
    return { email: emailKey(used), code: 'locked_out', until: now + seconds * 1000 };
  }
  return null;
}

/** The error to answer instead of logging in, while a stored block applies to these credentials. */
export function blockedLogin(
  block: LoginBlock | undefined,
  used: LluCredentials,
  now: number,
): LluError | null {
  if (!block || block.email !== emailKey(used) || block.until <= now) return null;
  const retryAfterSeconds = Math.ceil((block.until - now) / 1000);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return block.code === 'bad_credentials'
    ? new LluError(
        'bad_credentials',
        `LibreLinkUp did not accept the e-mail or password. To avoid a lockout, Glucobar waits ${minutes} min before trying this account again; check the e-mail and password (your LibreLinkUp follower account).`,
        { retryAfterSeconds },
      )
    : new LluError(
        'locked_out',
        `LibreLinkUp has locked sign-in for this account. Glucobar will try again in about ${minutes} minutes.`,
        { retryAfterSeconds },
      );
}

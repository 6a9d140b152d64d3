/**
 * When a login may be sent at all. Bad credentials are never retried until they change, and
 * a lockout is waited out on the clock: repeated failed logins are what turn a typo into a
 * LibreLinkUp lockout (llu-protocol §2, NSLU#146/#218).
 */
import type { Clock } from '../ports';
import { LluError } from './errors';
import type { LluCredentials } from './types';

export interface LoginGates {
  /** The credentials to log in with; throws when no login may be sent now. */
  admit(): LluCredentials;
  /** Learns from a failed login made with `used`. */
  record(error: LluError, used: LluCredentials): void;
  /** Replaces the credentials; returns true when they belong to another account. */
  replace(next: LluCredentials | null): boolean;
}

export function createLoginGates(clock: Clock, initial: LluCredentials | null): LoginGates {
  let credentials = initial;
  let refused: LluCredentials | null = null;
  let lockedUntil = 0;

  return {
    admit() {
      if (credentials === null) {
        throw new LluError(
          'credentials_missing',
          'Sign in with your LibreLinkUp e-mail and password.',
        );
      }
      if (refused !== null && sameCredentials(refused, credentials)) {
        throw new LluError(
          'bad_credentials',
          'LibreLinkUp did not accept the e-mail or password. Enter them again to retry.',
        );
      }
      const waitMs = lockedUntil - clock.now();
      if (waitMs > 0) {
        const retryAfterSeconds = Math.ceil(waitMs / 1000);
        throw new LluError(
          'locked_out',
          `LibreLinkUp has locked sign-in for this account. Glucobar will try again in about ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
          { retryAfterSeconds },
        );
      }
      return credentials;
    },

    record(error, used) {
      if (error.code === 'bad_credentials') refused = used;
      if (error.code === 'locked_out') {
        lockedUntil = clock.now() + (error.details.retryAfterSeconds ?? 0) * 1000;
      }
    },

    replace(next) {
      const previous = credentials;
      credentials = next;
      if (next !== null && refused !== null && !sameCredentials(next, refused)) refused = null;
      const otherAccount = previous !== null && next !== null && !sameAccount(previous, next);
      // A lockout belongs to the account that caused it.
      if (otherAccount) lockedUntil = 0;
      return otherAccount;
    },
  };
}

function sameAccount(a: LluCredentials, b: LluCredentials): boolean {
  return a.email.trim().toLowerCase() === b.email.trim().toLowerCase();
}

function sameCredentials(a: LluCredentials, b: LluCredentials): boolean {
  return sameAccount(a, b) && a.password === b.password;
}

/**
 * A login block that survives restarts. In-memory gates stop one process from repeating a
 * refused login; this stops the next process too (a status bar runs `glucobar status` every
 * minute, and three refused logins within a minute lock the account for five).
 *
 * Refused credentials are remembered as a salted scrypt fingerprint of e-mail and password,
 * never the password: the same credentials are not sent again, while corrected ones are tried
 * at once (a lockout, by contrast, belongs to the e-mail and lasts as long as LibreLinkUp said).
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { LluError } from './errors';
import type { LluCredentials, StoredSession } from './types';

type LoginBlock = NonNullable<StoredSession['loginBlock']>;

const emailKey = (credentials: LluCredentials) => credentials.email.trim().toLowerCase();

// scrypt, not a bare hash: the file may be read by others, and passwords are often weak.
const SCRYPT = { N: 16_384, r: 8, p: 1 } as const;

function fingerprintHash(credentials: LluCredentials, salt: string): Buffer {
  const material = `${emailKey(credentials)}\n${credentials.password}`;
  return scryptSync(material, Buffer.from(salt, 'hex'), 32, SCRYPT);
}

export function fingerprintOf(credentials: LluCredentials): { salt: string; hash: string } {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: fingerprintHash(credentials, salt).toString('hex') };
}

function sameFingerprint(block: LoginBlock, credentials: LluCredentials): boolean {
  const print = block.fingerprint;
  if (!print) return false;
  const expected = Buffer.from(print.hash, 'hex');
  const actual = fingerprintHash(credentials, print.salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The block a failed login leaves behind, or null when it leaves none. */
export function blockAfter(error: LluError, used: LluCredentials, now: number): LoginBlock | null {
  if (error.code === 'bad_credentials') {
    return {
      email: emailKey(used),
      code: 'bad_credentials',
      until: now,
      fingerprint: fingerprintOf(used),
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
  if (!block || block.email !== emailKey(used)) return null;
  if (block.code === 'bad_credentials') {
    // A block from before fingerprints cannot tell a corrected password apart: let it go.
    if (!sameFingerprint(block, used)) return null;
    return new LluError(
      'bad_credentials',
      'LibreLinkUp did not accept this e-mail and password. Glucobar will not send the same ones again; enter the correct password of your LibreLinkUp follower account (if LibreView asked for a new password, change it there first).',
    );
  }
  if (block.until <= now) return null;
  const retryAfterSeconds = Math.ceil((block.until - now) / 1000);
  return new LluError(
    'locked_out',
    `LibreLinkUp has locked sign-in for this account. Glucobar will try again in about ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );
}

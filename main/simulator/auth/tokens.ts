/**
 * JWT-shaped tokens (base64url header.payload.signature, HMAC-SHA256 with a key derived from
 * the seed) carrying the claims seen in real LibreLinkUp tokens. Verification is stateless, so
 * a month of fresh tickets costs no memory, and a restart with the same seed still accepts the
 * tokens a client saved, as the real service does.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/ports';
import type { SimAccount } from '../state/world';

export const FULL_TOKEN_MS = 15_552_000_000; // 180 days
export const STEP_TOKEN_MS = 3_600_000; // 1 hour

export type StepType = 'tou' | 'pp' | 'verifyEmail';

export interface TokenClaims {
  id: string;
  firstName: string;
  lastName: string;
  country: string;
  /** Home region of the account. */
  region: string;
  role: 'patient';
  units: number;
  practices: string[];
  c: number;
  /** Product the token was issued to (`llu.ios`, `llu.android`). */
  s: string;
  email: string;
  /** Session id: stays the same across the tickets of one login. */
  sid: string;
  jti: string;
  iat: number;
  exp: number;
  /** Token generation of the account when issued (revocation bumps the account's). */
  gen: number;
  /** Only on step tokens: the step this token may continue (any step type the server names). */
  taskType?: string;
}

/** `authTicket` / `ticket` as LibreLinkUp sends them. */
export interface Ticket {
  token: string;
  /** Epoch seconds. */
  expires: number;
  /** Milliseconds. */
  duration: number;
}

export interface TokenService {
  issue(account: SimAccount, options: { product: string; sid?: string; step?: string }): Ticket;
  /** Claims of a well-formed, correctly signed, unexpired token; null otherwise. */
  verify(token: string): TokenClaims | null;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export function createTokenService(seed: number, clock: Clock): TokenService {
  const key = createHash('sha256').update(`glucobar-simulator:${seed}`).digest();
  const sign = (input: string): string =>
    createHmac('sha256', key).update(input).digest('base64url');
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

  return {
    issue(account, { product, sid, step }) {
      const now = clock.now();
      const duration = step ? STEP_TOKEN_MS : FULL_TOKEN_MS;
      const expires = Math.floor((now + duration) / 1000);
      const claims: TokenClaims = {
        id: account.id,
        firstName: account.firstName,
        lastName: account.lastName,
        country: account.country,
        region: account.region,
        role: 'patient',
        units: 1,
        practices: [],
        c: 1,
        s: product,
        email: account.email,
        sid: sid ?? randomUUID(),
        jti: randomUUID(),
        iat: Math.floor(now / 1000),
        exp: expires,
        gen: account.tokenGeneration,
        ...(step ? { taskType: step } : {}),
      };
      const payload = base64url(JSON.stringify(claims));
      return { token: `${header}.${payload}.${sign(`${header}.${payload}`)}`, expires, duration };
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return null;
      const [head, payload, signature] = parts as [string, string, string];
      const expected = Buffer.from(sign(`${head}.${payload}`));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      let claims: TokenClaims;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
      } catch {
        return null;
      }
      if (typeof claims.exp !== 'number' || claims.exp * 1000 <= clock.now()) return null;
      return claims;
    },
  };
}

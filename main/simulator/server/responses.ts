/**
 * What a handler answers, before it is written to the socket, plus the LibreLinkUp error bodies
 * more than one code path sends. Keeping answers as plain values lets faults rewrite them.
 */

/** How a login request ended, for the login outcome counters. */
export type LoginOutcome = 'success' | 'redirect' | 'step' | 'badCredentials' | 'locked' | 'other';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Set by the login and continue handlers. */
  loginOutcome?: LoginOutcome;
}

/** The socket is destroyed without an answer (a connection reset as the client sees it). */
export interface DropResponse {
  drop: true;
}

export type SimResult = SimResponse | DropResponse;

export function isDrop(result: SimResult): result is DropResponse {
  return 'drop' in result;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}) {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  } satisfies SimResponse;
}

export function text(
  status: number,
  body: string,
  contentType = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): SimResponse {
  return { status, headers: { 'content-type': contentType, ...headers }, body };
}

/** F10: expired, revoked, malformed or step token on a data call. */
export const invalidJwt = (): SimResponse => json(401, { message: 'invalid or expired jwt' });

/** F13: unknown patient, or a data call on a regional host the account does not live on. */
export const couldNotLoadPatient = (): SimResponse =>
  json(200, { status: 4, error: { message: 'couldNotLoadPatient' } });

/** F12: a real patient this follower is not connected to. */
export const followerNotConnected = (message = 'followerNotConnectToPatient'): SimResponse =>
  json(200, { status: 4, error: { message } });

/** F14: an id that is no patient id at all (e.g. the hashed user id), or a cache miss. */
export const missingCachedUser = (status = 400): SimResponse =>
  json(status, { message: 'MissingCachedUser' });

export const notFound = (): SimResponse => json(404, { message: 'NotFound' });

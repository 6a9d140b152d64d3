/**
 * Reading a login-shaped answer (`/llu/auth/login` and `/auth/continue/{type}`): success,
 * region redirect, or terms step; every other outcome becomes a typed error (llu-protocol §2).
 */
import { LluError, unrecognisedAnswer } from './errors';
import { httpFailure, notJson, serverMessage, unavailable } from './failures';
import type { LluAnswer } from './http';
import {
  mentionsPasswordChange,
  noSessionIssued,
  passwordExpired,
  stepElsewhere,
} from './login-steps';
import {
  envelopeSchema,
  loginSuccessSchema,
  parseAnswer,
  redirectSchema,
  stepSchema,
  type Ticket,
} from './schemas';

/** The observed lockout is 300 s after 3 failures in 60 s; used when the body omits it. */
const DEFAULT_LOCKOUT_SECONDS = 300;

export type LoginResult =
  | { kind: 'success'; token: string; expiresAt: number; userId: string; country?: string }
  | { kind: 'step'; type: 'tou' | 'pp'; token: string; expiresAt: number; country?: string }
  | { kind: 'redirect'; region: string; country?: string };

/** Reads a login or continue answer. Returns success, step or redirect; throws the rest. */
export function readLoginAnswer(answer: LluAnswer, now: number, version: string): LoginResult {
  const lockout = lockoutSeconds(answer.body);
  if (lockout !== undefined) {
    return fail(
      new LluError(
        'locked_out',
        `LibreLinkUp has locked sign-in for this account after several failed attempts. Glucobar will not try again for about ${Math.max(1, Math.ceil(lockout / 60))} minutes; check the e-mail and password meanwhile.`,
        { retryAfterSeconds: lockout, httpStatus: answer.status },
      ),
    );
  }
  if (answer.status < 200 || answer.status >= 300) return fail(httpFailure(answer, now, version));
  if (answer.body === undefined) return fail(notJson(answer, 'the sign-in'));
  const status = parseAnswer(envelopeSchema, answer.body).status;
  if (status === 0) {
    const data = (answer.body as { data?: { redirect?: unknown } }).data;
    if (data?.redirect === true) {
      const { region, country } = parseAnswer(redirectSchema, answer.body).data;
      return { kind: 'redirect', region, ...optionalCountry(country) };
    }
    if (hasUserWithoutTicket(answer.body)) return fail(noSessionIssued());
    const { user, authTicket } = parseAnswer(loginSuccessSchema, answer.body).data;
    return {
      kind: 'success',
      userId: user.id,
      ...ticketFields(authTicket),
      ...optionalCountry(user.country),
    };
  }
  if (status === 2) {
    if (mentionsPasswordChange(serverMessage(answer.body))) return fail(passwordExpired());
    return fail(
      new LluError(
        'bad_credentials',
        'LibreLinkUp did not accept the e-mail or password. Check them (use the LibreLinkUp follower account, not the LibreLink one; if LibreView asked for a new password, change it there first). Glucobar will not try these again until they change.',
        { httpStatus: answer.status },
      ),
    );
  }
  if (status === 4) return readStep(answer);
  if (status === 911) return fail(unavailable({ httpStatus: answer.status }));
  if (status === 429) return fail(httpFailure({ ...answer, status: 429 }, now, version));
  return fail(
    unrecognisedAnswer(
      `LibreLinkUp answered the sign-in with an unexpected status (${status}). Glucobar will try again later.`,
      { httpStatus: answer.status, field: 'status' },
    ),
  );
}

function readStep(answer: LluAnswer): LoginResult {
  const { step, user, authTicket } = parseAnswer(stepSchema, answer.body).data;
  if (step.type !== 'tou' && step.type !== 'pp') {
    return fail(stepElsewhere(step.type, step.componentName));
  }
  if (!authTicket) {
    return fail(
      new LluError(
        'bad_response',
        'LibreLinkUp asked for a terms step without a token. Glucobar will try again later.',
        { field: 'data.authTicket' },
      ),
    );
  }
  return {
    kind: 'step',
    type: step.type,
    ...ticketFields(authTicket),
    ...optionalCountry(user?.country),
  };
}

export function termsRequired(document: 'tou' | 'pp', message?: string): LluError {
  const name = document === 'tou' ? 'Terms of Use' : 'Privacy Policy';
  return new LluError(
    'terms_required',
    message ??
      `LibreLinkUp asks you to accept its updated ${name}. Review and accept it in Glucobar, or in the official LibreLinkUp app.`,
    { document },
  );
}

/** `{status:0, data:{user}}` with no `authTicket` at all (not a malformed one). */
function hasUserWithoutTicket(body: unknown): boolean {
  const data = (body as { data?: Record<string, unknown> } | undefined)?.data;
  return typeof data === 'object' && data !== null && 'user' in data && !('authTicket' in data);
}

function lockoutSeconds(body: unknown): number | undefined {
  const top = body as { status?: unknown; data?: { data?: { lockout?: unknown } } } | undefined;
  if (typeof top !== 'object' || top === null || top.status !== 429) return undefined;
  if (serverMessage(top.data) !== 'locked' && serverMessage(body) !== 'locked') return undefined;
  const seconds = top.data?.data?.lockout;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds)
    : DEFAULT_LOCKOUT_SECONDS;
}

function ticketFields(ticket: Ticket): { token: string; expiresAt: number } {
  return { token: ticket.token, expiresAt: ticket.expires * 1000 };
}

function optionalCountry(country: string | null | undefined): { country?: string } {
  return typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? { country } : {};
}

function fail(error: LluError): never {
  throw error;
}

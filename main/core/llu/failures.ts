/**
 * Turns failed LibreLinkUp answers into typed errors. Checks both the HTTP status and the
 * body's own `status`: account problems arrive as HTTP 200 with a non-zero status, header and
 * token problems as 4xx with a bare `{message}`, blocks as HTML or text (see llu-protocol §4).
 */
import { LluError, unrecognisedAnswer } from './errors';
import type { LluAnswer } from './http';
import { outdated, versionDemand } from './version';

const CLOUDFLARE_BLOCK =
  /attention required|you have been blocked|error(?:\s+code)?:?\s*1015|banned you temporarily|used cloudflare to restrict access|access denied/i;

const HEADER_DEMANDS = ['RequiredHeaderMissing', 'AccountIdMismatch', 'ProductMismatch'];

const PATIENT_MESSAGES = [
  'couldnotloadpatient',
  'followernotconnecttopatient',
  'follower not connect to patient',
];

export function isHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body)/i.test(text) || /<\/html>/i.test(text);
}

/** `Retry-After` as seconds (numeric or HTTP-date), undefined when absent or unreadable. */
export function retryAfterSeconds(answer: LluAnswer, now: number): number | undefined {
  const raw = answer.headers.get('retry-after')?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The server's message, from `{message}` or `{error:{message}}`. */
export function serverMessage(body: unknown): string {
  const top = record(body);
  const message = top.message ?? record(top.error).message;
  return typeof message === 'string' ? message : '';
}

/** HTTP 401, a body status 401, or the MissingCachedUser cache miss: log in again once. */
export function isUnauthorized(answer: LluAnswer): boolean {
  return (
    answer.status === 401 ||
    record(answer.body).status === 401 ||
    serverMessage(answer.body) === 'MissingCachedUser'
  );
}

function wait(seconds: number | undefined): string {
  if (seconds === undefined) return 'Glucobar will wait before trying again.';
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 1) return 'Glucobar will wait about a minute before trying again.';
  if (minutes < 120) return `Glucobar will wait about ${minutes} minutes before trying again.`;
  return `Glucobar will wait about ${Math.round(minutes / 60)} hours before trying again.`;
}

/** A non-2xx answer (after the caller has handled 401 and version gates). */
export function httpFailure(answer: LluAnswer, now: number, version: string): LluError {
  const status = answer.status;
  const retry = retryAfterSeconds(answer, now);
  const details = {
    httpStatus: status,
    ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
  };
  const message = serverMessage(answer.body);
  if (status === 429) {
    return new LluError(
      'rate_limited',
      `LibreLinkUp is limiting requests (HTTP 429). ${wait(retry)} Other apps following the same account add to the limit.`,
      details,
    );
  }
  if (status === 476) {
    return new LluError(
      'blocked',
      `LibreLinkUp's network protection has blocked this connection for now (HTTP 476). ${wait(retry)} If it persists, try another network.`,
      details,
    );
  }
  if (status === 430) {
    return new LluError(
      'blocked',
      'LibreLinkUp refused the login (HTTP 430). This often means new terms must be accepted: open the official LibreLinkUp app, sign in and accept them.',
      details,
    );
  }
  if (status === 401) return unauthorized(details);
  if (status === 400 && HEADER_DEMANDS.includes(message)) {
    return new LluError(
      'client_outdated',
      `LibreLinkUp demands a header this version of Glucobar does not send correctly (${message}). Update Glucobar.`,
      details,
    );
  }
  const demand = versionDemand(answer);
  if (demand !== undefined) return outdated(demand, version, status);
  if (status >= 400 && status < 500 && !isJsonish(answer) && CLOUDFLARE_BLOCK.test(answer.text)) {
    return new LluError(
      'blocked',
      `LibreLinkUp's network protection (Cloudflare) blocked this connection (HTTP ${status}). ${wait(retry)} Fewer apps polling the account, or another network, may help.`,
      details,
    );
  }
  if (status === 403 && isJsonish(answer)) return outdated(null, version, status);
  if (status >= 500 || isHtml(answer.text)) return unavailable(details);
  return unrecognisedAnswer(
    `LibreLinkUp answered with an unexpected HTTP ${status}. Glucobar will try again later; if it keeps happening, update Glucobar.`,
    details,
  );
}

function isJsonish(answer: LluAnswer): boolean {
  return answer.body !== undefined || answer.text.trim() === '';
}

export function unavailable(
  details: { httpStatus?: number; retryAfterSeconds?: number } = {},
): LluError {
  const what = details.httpStatus !== undefined ? ` (HTTP ${details.httpStatus})` : '';
  return new LluError(
    'server_unavailable',
    `LibreLinkUp is not available right now${what}, perhaps for maintenance. Glucobar will try again later.`,
    details,
  );
}

export function unauthorized(details: { httpStatus?: number } = {}): LluError {
  return new LluError(
    'unauthorized',
    'LibreLinkUp refused the sign-in session, even after signing in again. Open the official LibreLinkUp app, sign in there and accept any new documents; if it keeps happening after that, sign in on the LibreView website and accept the new documents waiting there.',
    details,
  );
}

/**
 * A 2xx answer that is not JSON. An HTML page is a portal or proxy in the way; anything else
 * (LibreLinkUp 5 answers with ciphertext) is an answer of no known shape.
 */
export function notJson(answer: LluAnswer, what: string): LluError {
  const message = `LibreLinkUp answered ${what} with something other than JSON. Glucobar will try again later.`;
  const details = { httpStatus: answer.status };
  return isHtml(answer.text)
    ? new LluError('bad_response', message, details)
    : unrecognisedAnswer(message, details);
}

/** A 2xx answer whose body status is not 0, on a data call. */
/** What a data request asked for: the account's connections, or one person's data. */
export type DataSubject = 'account' | 'patient';

export function dataStatusFailure(answer: LluAnswer, about: DataSubject): LluError {
  const status = record(answer.body).status;
  const message = serverMessage(answer.body).toLowerCase();
  if (status === 4 && (about === 'patient' || PATIENT_MESSAGES.includes(message))) {
    return new LluError(
      'patient_not_found',
      'LibreLinkUp could not load this person: the account may no longer follow them. Choose the person again, or check the invitation in the LibreLinkUp app.',
      { httpStatus: answer.status },
    );
  }
  if (status === 911) return unavailable({ httpStatus: answer.status });
  if (status === 429) {
    return new LluError(
      'rate_limited',
      `LibreLinkUp is limiting requests. ${wait(undefined)} Other apps following the same account add to the limit.`,
      { httpStatus: answer.status },
    );
  }
  return unrecognisedAnswer(
    `LibreLinkUp answered with an unexpected status (${String(status)}). Glucobar will try again later; if it keeps happening, update Glucobar.`,
    { httpStatus: answer.status, field: 'status' },
  );
}

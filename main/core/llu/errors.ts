/**
 * Typed LibreLinkUp failures. The client throws nothing else: every transport, protocol and
 * account problem becomes an LluError whose code a view can switch on and whose fields carry
 * what a person needs (retry time, document, minimum version). Messages never contain a
 * token, a password or a credentialed URL.
 */
import type { LluFailure } from '../../../common/session';

export type LluErrorCode = LluFailure | 'credentials_missing' | 'network';

export interface LluErrorDetails {
  /** Seconds until the server allows another try (lockout, Retry-After), when it said so. */
  retryAfterSeconds?: number;
  /** For terms_required: the pending document (`tou`, `pp`). */
  document?: 'tou' | 'pp';
  /** For client_outdated: the version the server asked for. */
  minimumVersion?: string;
  /** HTTP status of the answer that caused this, when there was one. */
  httpStatus?: number;
  /** For bad_response: the path of the missing or malformed field, e.g. `data.authTicket.token`. */
  field?: string;
  /** For region redirects: the region key involved. */
  region?: string;
  /** For sign_in_step_required: the step LibreLinkUp named (sanitised), when it named one. */
  step?: string;
}

export class LluError extends Error {
  override readonly name = 'LluError';
  readonly code: LluErrorCode;
  readonly details: LluErrorDetails;
  /**
   * The answer matched none of the shapes Glucobar knows (an unknown status, missing required
   * fields): a sign that LibreLinkUp changed (see api-change.ts). Never serialised.
   */
  readonly unrecognised: boolean;

  constructor(
    code: LluErrorCode,
    message: string,
    details: LluErrorDetails = {},
    options: { unrecognised?: boolean } = {},
  ) {
    super(message);
    this.code = code;
    this.details = details;
    this.unrecognised = options.unrecognised ?? false;
  }

  /** The JSON shape the CLI prints and IPC carries: code, message and only the details that apply. */
  toJSON(): { code: LluErrorCode; message: string } & LluErrorDetails {
    return { code: this.code, message: this.message, ...this.details };
  }
}

export function isLluError(value: unknown): value is LluError {
  return value instanceof LluError;
}

/** `bad_response` for an answer of no known shape; enough of them in a row mean `api_changed`. */
export function unrecognisedAnswer(message: string, details: LluErrorDetails = {}): LluError {
  return new LluError('bad_response', message, details, { unrecognised: true });
}

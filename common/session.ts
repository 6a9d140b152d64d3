/** The connection to LibreLinkUp as every view shows it. */

/**
 * The failure vocabulary: what can go wrong with LibreLinkUp that a person is told about by
 * name. The client's error codes (main/core/llu/errors.ts) are these plus two that views show
 * differently (`credentials_missing` as signed out, `network` as offline).
 */
export type LluFailure =
  | 'bad_credentials'
  | 'terms_required'
  | 'email_verification_required'
  | 'locked_out'
  | 'rate_limited'
  | 'blocked'
  | 'client_outdated'
  | 'no_connections'
  | 'patient_not_found'
  | 'unauthorized'
  | 'server_unavailable'
  | 'bad_response'
  | 'region_unknown'
  | 'sign_in_step_required'
  | 'password_expired'
  | 'api_changed';

/** What the connection to LibreLinkUp is doing, with the data a person needs to act. */
export type SessionStatus = 'signed_out' | 'connecting' | 'ok' | 'offline' | LluFailure;

export interface SessionView {
  status: SessionStatus;
  /** One plain sentence for a person, already localised by main. */
  message: string;
  /** When the app may try again on its own (lockouts, rate limits, blocks), epoch ms. */
  retryAt: number | null;
  /** For `terms_required`: which document waits for acceptance. */
  document: 'tou' | 'pp' | null;
  /** For `client_outdated`: the version the server asked for. */
  minimumVersion: string | null;
}

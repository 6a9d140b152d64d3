/** The connection to LibreLinkUp as every view shows it. */

/** What the connection to LibreLinkUp is doing, with the data a person needs to act. */
export type SessionStatus =
  | 'signed_out'
  | 'connecting'
  | 'ok'
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
  | 'offline'
  | 'server_unavailable'
  | 'bad_response'
  | 'region_unknown';

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

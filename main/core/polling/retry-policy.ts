import type { LluError } from '../llu/errors';

const MINUTE = 60_000;

/** How long to wait after a failure; `null` means "not on our own: wait for the person". */
export function retryDelayAfter(
  error: LluError,
  consecutiveFailures: number,
  random: () => number,
): number | null {
  const told = error.details.retryAfterSeconds;
  const serverDelay = told !== undefined && told > 0 ? told * 1000 + 1000 : null;
  switch (error.code) {
    // Retrying these cannot succeed and would count as failed logins (lockouts).
    case 'credentials_missing':
    case 'bad_credentials':
    case 'terms_required':
    case 'email_verification_required':
    case 'sign_in_step_required':
    case 'password_expired':
      return null;
    case 'locked_out':
      return serverDelay ?? 5 * MINUTE;
    case 'rate_limited':
      // Several apps on one account trip this; GlucoDataHandler slows to 5 min for the same reason.
      return Math.max(serverDelay ?? 0, 5 * MINUTE);
    case 'blocked':
      return Math.max(serverDelay ?? 0, 30 * MINUTE);
    case 'client_outdated':
    case 'region_unknown':
    case 'api_changed': // LibreLinkUp's answers changed shape: an update is needed, not retries.
      return 60 * MINUTE;
    case 'no_connections':
    case 'patient_not_found':
      return 5 * MINUTE;
    case 'network':
    case 'server_unavailable':
    case 'bad_response':
    case 'unauthorized':
      return exponential(consecutiveFailures, random);
  }
}

/** 30 s, 1 min, 2 min … capped at 15 min, with ±25 % jitter so many clients do not retry in step. */
export function exponential(consecutiveFailures: number, random: () => number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, consecutiveFailures - 1), 15 * MINUTE);
  return Math.round(base * (0.75 + random() * 0.5));
}

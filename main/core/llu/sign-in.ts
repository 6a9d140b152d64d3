/**
 * The seam where the sign-in method lives. Today LibreLinkUp is signed in to with an e-mail
 * and password posted to `/llu/auth/login` (login.ts). LibreLinkUp 5 signs in on a hosted web
 * page instead (rolled out country by country since 2026-04, docs/librelinkup.md); a web
 * sign-in in a window can be added as another `SignInMethod` without touching how tokens are
 * kept, refused tokens repaired or data requested (auth.ts, data-request.ts).
 */
import type { CallBudget } from './requester';
import { logIn, type LoginContext, type LoginOutcome } from './login';
import type { LluCredentials, RegionKey } from './types';

export interface SignInRequest {
  budget: CallBudget;
  /** Where to start (the saved or configured region, else `global`). */
  region: RegionKey;
  /** The credentials the login gates admitted (lockouts and refused passwords are checked). */
  credentials: LluCredentials;
  /** This installation's kept id (installation-id.ts); LibreLinkUp 5's sign-in names it. */
  installationId: string;
  /** The account's country when known, for a region lookup. */
  country?: string;
}

export interface SignInMethod {
  /** For logs: which method signed in. */
  readonly kind: string;
  /** One sign-in: a session, or a terms step; every failure is an LluError. */
  signIn(request: SignInRequest): Promise<LoginOutcome>;
}

/** E-mail and password to `/llu/auth/login`, following region redirects (llu-protocol §2). */
export function passwordSignIn(context: Omit<LoginContext, 'country'>): SignInMethod {
  return {
    kind: 'password',
    signIn: (request) =>
      logIn(
        { ...context, ...(request.country !== undefined ? { country: request.country } : {}) },
        request.budget,
        request.credentials,
        request.region,
      ),
  };
}

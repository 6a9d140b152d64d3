/**
 * Signing in: log in only without a usable token, one login at a time, within the login gates
 * (credentials, lockout), and keep the session current. Terms are accepted only through the
 * explicit `acceptTerms()`.
 */
import type { Clock, Logger } from '../ports';
import { LluError, isLluError } from './errors';
import type { LoginOutcome } from './login';
import { termsRequired } from './login-answer';
import { blockAfter, blockedLogin } from './login-block';
import { createLoginGates } from './login-gates';
import { GLOBAL_REGION, normalizeRegion } from './regions';
import { freshBudget, type CallBudget, type Requester } from './requester';
import type { Ticket } from './schemas';
import { hasUsableToken, type SessionKeeper } from './session';
import { createReloginGuard } from './relogin-guard';
import type { SignInMethod } from './sign-in';
import { acceptTerms, type TermsOutcome } from './terms';
import type { LluCredentials, RegionKey, StoredSession } from './types';

export interface AuthDeps {
  requester: Requester;
  sessions: SessionKeeper;
  clock: Clock;
  logger: Logger;
  credentials: LluCredentials | null;
  /** How a session is obtained (sign-in.ts): today e-mail and password. */
  signIn: SignInMethod;
  installationId(): Promise<string>;
  region?: string;
  version(): string;
  /** The version to persist with a new session, if one was adopted. */
  persistedVersion(): string | undefined;
}

export interface Authenticator {
  /** A session with a usable token; logs in when there is none. `fresh`: this call logged in. */
  session(budget: CallBudget): Promise<{ session: StoredSession; fresh: boolean }>;
  /** Drops the refused token and logs in again. */
  relogin(budget: CallBudget): Promise<StoredSession>;
  adoptTicket(ticket: Ticket): Promise<void>;
  mayRelogin(): boolean;
  noteRefusedAfterLogin(): Promise<void>;
  noteAccepted(): Promise<void>;
  acceptTerms(): Promise<TermsOutcome>;
  setCredentials(credentials: LluCredentials | null): void;
  signOut(): Promise<void>;
  loginCount(): number;
}

export function createAuthenticator(deps: AuthDeps): Authenticator {
  const { sessions, clock, logger } = deps;
  const gates = createLoginGates(clock, deps.credentials);
  let logins = 0;
  let learnedRegion: RegionKey | undefined;
  let country: string | undefined;
  let inflight: Promise<LoginOutcome> | null = null;
  let enteredByPerson = false;
  const reloginGuard = createReloginGuard(sessions, () => clock.now());

  /** Where this instance last logged in, else the configured or saved region. */
  function startRegion(): RegionKey {
    const candidate = learnedRegion ?? deps.region ?? sessions.current()?.region ?? GLOBAL_REGION;
    return normalizeRegion(candidate) ?? GLOBAL_REGION;
  }

  async function store(outcome: LoginOutcome): Promise<void> {
    learnedRegion = outcome.region;
    if (outcome.country !== undefined) country = outcome.country;
    const version = deps.persistedVersion();
    const clientVersion = version !== undefined ? { clientVersion: version } : {};
    if (outcome.kind === 'success') {
      const { token, expiresAt, userId, region } = outcome;
      logger.info('llu: logged in', { region, method: deps.signIn.kind });
      await sessions.set({ token, expiresAt, userId, region, ...clientVersion });
      return;
    }
    logger.warn('llu: terms must be accepted', { document: outcome.type });
    await sessions.set({
      token: '',
      expiresAt: 0,
      userId: sessions.current()?.userId ?? '',
      region: outcome.region,
      ...clientVersion,
      pendingStep: { type: outcome.type, token: outcome.token, expiresAt: outcome.expiresAt },
    });
  }

  async function rememberBlock(error: LluError, used: LluCredentials): Promise<void> {
    const block = blockAfter(error, used, clock.now());
    if (block === null) return;
    const current = sessions.current();
    const base = current ?? { token: '', expiresAt: 0, userId: '', region: startRegion() };
    await sessions.set({ ...base, loginBlock: block });
  }

  async function runLogin(budget: CallBudget): Promise<LoginOutcome> {
    const used = gates.admit();
    const stored = await sessions.load();
    if (enteredByPerson && stored?.loginBlock) {
      const { loginBlock: _lifted, ...rest } = stored;
      await sessions.set(rest);
    } else {
      const blocked = blockedLogin(stored?.loginBlock, used, clock.now());
      if (blocked !== null) throw blocked;
    }
    enteredByPerson = false;
    logins++;
    try {
      const outcome = await deps.signIn.signIn({
        budget,
        region: startRegion(),
        credentials: used,
        installationId: await deps.installationId(),
        ...(country !== undefined ? { country } : {}),
      });
      await store(outcome);
      return outcome;
    } catch (error) {
      if (isLluError(error)) {
        gates.record(error, used);
        await rememberBlock(error, used);
        logger.warn('llu: login failed', { code: error.code });
      }
      throw error;
    }
  }

  /** Concurrent callers share one login instead of each sending their own. */
  function login(budget: CallBudget): Promise<LoginOutcome> {
    inflight ??= runLogin(budget).finally(() => {
      inflight = null;
    });
    return inflight;
  }

  async function loggedIn(budget: CallBudget): Promise<StoredSession> {
    const outcome = await login(budget);
    if (outcome.kind === 'step') throw termsRequired(outcome.type);
    const session = sessions.current();
    if (session === null) throw new LluError('unauthorized', 'Signed out while signing in.');
    return session;
  }

  return {
    async session(budget) {
      const current = await sessions.load();
      if (current !== null && hasUsableToken(current, clock.now())) {
        return { session: current, fresh: false };
      }
      return { session: await loggedIn(budget), fresh: true };
    },

    async relogin(budget) {
      const current = sessions.current();
      if (current !== null) await sessions.set({ ...current, token: '', expiresAt: 0 });
      logger.warn('llu: token refused, signing in again');
      return loggedIn(budget);
    },

    async adoptTicket(ticket) {
      const current = sessions.current();
      const expiresAt = ticket.expires * 1000;
      if (current === null || current.token === '' || expiresAt <= clock.now()) return;
      if (current.token === ticket.token && current.expiresAt === expiresAt) return;
      await sessions.set({ ...current, token: ticket.token, expiresAt });
    },

    ...reloginGuard,

    async acceptTerms() {
      await sessions.load();
      return acceptTerms(
        {
          requester: deps.requester,
          clock,
          logger,
          version: deps.version,
          pendingStep: () => sessions.current()?.pendingStep,
          region: () => sessions.current()?.region ?? startRegion(),
          country: () => country,
          login,
          store,
        },
        freshBudget(),
      );
    },

    setCredentials(next) {
      // Entering credentials is the person's explicit retry: it lifts a stored block.
      enteredByPerson = next !== null;
      if (gates.replace(next)) {
        // Another account: the saved token and region belong to someone else.
        learnedRegion = undefined;
        country = undefined;
        void sessions.set(null);
      }
    },

    async signOut() {
      learnedRegion = undefined;
      await sessions.set(null);
      logger.info('llu: signed out');
    },

    loginCount: () => logins,
  };
}

/**
 * Accepting a pending terms document, only ever on the person's explicit request: POST
 * `/auth/continue/{type}` (no `/llu` prefix, no body) with the step's short-lived token. The
 * answer is login-shaped: the next document, or a full session (llu-protocol §2, E2).
 */
import type { Clock, Logger } from '../ports';
import { LluError } from './errors';
import { isUnauthorized } from './failures';
import type { LoginOutcome } from './login';
import { readLoginAnswer, termsRequired } from './login-answer';
import type { CallBudget, Requester } from './requester';
import type { RegionKey, StoredSession } from './types';

type PendingStep = NonNullable<StoredSession['pendingStep']>;

export interface TermsDeps {
  requester: Requester;
  clock: Clock;
  logger: Logger;
  version(): string;
  /** The pending step saved with the session, if any. */
  pendingStep(): PendingStep | undefined;
  region(): RegionKey;
  country(): string | undefined;
  login(budget: CallBudget): Promise<LoginOutcome>;
  store(outcome: LoginOutcome): Promise<void>;
}

/** `nothingPending`: LibreLinkUp asked for no document, so nothing was accepted. */
export type TermsOutcome = 'accepted' | 'nothingPending';

export async function acceptTerms(deps: TermsDeps, budget: CallBudget): Promise<TermsOutcome> {
  const stored = deps.pendingStep();
  let step = stored !== undefined && stored.expiresAt > deps.clock.now() ? stored : undefined;
  let fromStore = step !== undefined;
  for (;;) {
    if (step === undefined) {
      // Only reached before anything was accepted: an acceptance always returns or throws.
      const outcome = await deps.login(budget);
      if (outcome.kind === 'success') return 'nothingPending';
      step = { type: outcome.type, token: outcome.token, expiresAt: outcome.expiresAt };
    }
    const region = deps.region();
    deps.logger.info('llu: accepting terms on request', { document: step.type });
    const base = await deps.requester.resolveHost(budget, region, { country: deps.country() });
    const answer = await deps.requester.request({
      budget,
      base,
      method: 'POST',
      path: `/auth/continue/${step.type}`,
      token: step.token,
    });
    if (isUnauthorized(answer)) {
      // A saved step token may have been superseded: fetch a fresh one, once.
      if (fromStore && budget.relogin) {
        budget.relogin = false;
        fromStore = false;
        step = undefined;
        continue;
      }
      throw termsRequired(
        step.type,
        'LibreLinkUp did not take the acceptance from Glucobar. Open the official LibreLinkUp app, sign in and accept the document there.',
      );
    }
    const result = readLoginAnswer(answer, deps.clock.now(), deps.version());
    if (result.kind === 'redirect') {
      throw new LluError(
        'bad_response',
        'LibreLinkUp answered the acceptance unexpectedly. Try again later.',
      );
    }
    await deps.store({ ...result, region });
    if (result.kind === 'step') throw termsRequired(result.type);
    return 'accepted';
  }
}

/**
 * The LibreLinkUp login state machine (llu-protocol §2): POST /llu/auth/login and follow
 * region redirects, bounded and never back to a region already tried, until the answer is a
 * success or a terms step (see login-answer.ts for how answers are read).
 */
import type { Logger } from '../ports';
import { LluError } from './errors';
import { readLoginAnswer, type LoginResult } from './login-answer';
import { normalizeRegion } from './regions';
import type { CallBudget, Requester } from './requester';
import type { LluCredentials, RegionKey } from './types';

export const MAX_REDIRECTS = 3;

export type LoginOutcome = Exclude<LoginResult, { kind: 'redirect' }> & { region: RegionKey };

export interface LoginContext {
  requester: Requester;
  logger: Logger;
  now(): number;
  version(): string;
  /** The country last seen for this account, for a region lookup. */
  country?: string;
}

export async function logIn(
  context: LoginContext,
  budget: CallBudget,
  credentials: LluCredentials,
  startRegion: RegionKey,
): Promise<LoginOutcome> {
  const body = JSON.stringify({ email: credentials.email, password: credentials.password });
  const visited = new Set<RegionKey>([startRegion]);
  let region = startRegion;
  let base = await context.requester.resolveHost(budget, region, { country: context.country });
  for (let hops = 0; ; hops++) {
    const answer = await context.requester.request({
      budget,
      base,
      method: 'POST',
      path: '/llu/auth/login',
      body,
    });
    const result = readLoginAnswer(answer, context.now(), context.version());
    if (result.kind !== 'redirect') return { ...result, region };
    const next = normalizeRegion(result.region);
    if (next === null || visited.has(next) || hops >= MAX_REDIRECTS) {
      throw new LluError(
        'region_unknown',
        next !== null && visited.has(next)
          ? `LibreLinkUp sent the login back to region "${next}", which was already tried. Glucobar stopped to avoid a loop; try again later.`
          : 'LibreLinkUp redirected the login too many times or to an invalid region. Glucobar stopped; try again later.',
        next !== null ? { region: next } : {},
      );
    }
    context.logger.info('llu: login redirected', { from: region, to: next });
    visited.add(next);
    base = await context.requester.resolveHost(budget, next, {
      via: base,
      country: result.country ?? context.country,
    });
    region = next;
  }
}

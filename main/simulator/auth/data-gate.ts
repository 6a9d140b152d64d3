/**
 * The checks in front of every authenticated data call, in an order consistent with what the
 * real service showed: version (F7), token (F10), Account-Id present (F8) and matching (F9),
 * the account's home region (F13), then the optional request budget (F16).
 */
import { createHash } from 'node:crypto';
import type { RequestContext, SimulatorState } from '../server/context';
import {
  couldNotLoadPatient,
  invalidJwt,
  json,
  missingCachedUser,
  type SimResponse,
} from '../server/responses';
import { compareVersions } from '../state/policy';
import type { SimAccount } from '../state/world';

export function accountIdOf(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex');
}

export type GateResult = { account: SimAccount; sid: string } | { refused: SimResponse };

export function passDataGate(ctx: RequestContext, state: SimulatorState): GateResult {
  const { policy, world } = state;
  const minimum = policy.minimumVersion;
  if (minimum !== null && compareVersions(ctx.headers.version ?? '0', minimum) < 0) {
    return { refused: json(403, { data: { minimumVersion: minimum }, status: 920 }) };
  }
  const claims = ctx.claims;
  const account = claims ? world.accountById(claims.id) : undefined;
  // Step tokens carry a taskType and are good for /auth/continue only (401 observed in 2025,
  // while Account-Id was enforced, so the token is judged before the header).
  if (!claims || claims.taskType !== undefined || !account) return { refused: invalidJwt() };
  if (claims.gen !== account.tokenGeneration) return { refused: invalidJwt() };
  const lag = state.laggingSessions.get(claims.sid);
  if (lag) return { refused: lagAnswer(lag.answer, lag.httpStatus) };
  const required = policy.accountIdRequired(ctx.region);
  const accountId = ctx.headers['account-id'];
  if (required && !accountId) {
    return { refused: json(400, { message: 'RequiredHeaderMissing' }) };
  }
  if (required && accountId !== accountIdOf(account.id)) {
    return { refused: json(400, { message: 'AccountIdMismatch' }) };
  }
  if (ctx.region !== account.region) return { refused: couldNotLoadPatient() };
  const exceeded = policy.spend(account.id, ctx.now);
  if (exceeded) {
    const headers: Record<string, string> = {};
    if (exceeded.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(exceeded.retryAfterSeconds);
    }
    return { refused: json(429, { message: 'Too Many Requests' }, headers) };
  }
  return { account, sid: claims.sid };
}

/** What a lagging session cache answers: the three refusals clients meet right after a login. */
function lagAnswer(
  answer: 'missingCachedUser' | 'invalidJwt' | 'invalidSession' = 'missingCachedUser',
  httpStatus?: number,
): SimResponse {
  if (answer === 'invalidJwt') return invalidJwt();
  if (answer === 'invalidSession') {
    return json(401, { status: 401, error: { message: 'invalid auth session' } });
  }
  return missingCachedUser(httpStatus);
}

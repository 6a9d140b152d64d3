/**
 * The login state machine (docs/librelinkup.md, "Sign-in outcomes"): lockout, credentials, redirect to the
 * home region, document steps continued through `/auth/continue/{type}`, and success.
 */
import {
  badCredentialsBody,
  customStepBody,
  lockedBody,
  loginSuccessBody,
  redirectBody,
  stepBody,
  userRecord,
} from '../payload/user';
import { bearerToken, type RequestContext, type SimulatorState } from '../server/context';
import {
  invalidJwt,
  json,
  notFound,
  type LoginOutcome,
  type SimResponse,
} from '../server/responses';
import type { SimAccount } from '../state/world';
import type { StepType } from './tokens';

function answer(status: number, body: unknown, loginOutcome: LoginOutcome): SimResponse {
  return { ...json(status, body), loginOutcome };
}

function parseCredentials(body: string): { email: string; password: string } | null {
  try {
    const value = JSON.parse(body) as { email?: unknown; password?: unknown };
    if (typeof value.email === 'string' && typeof value.password === 'string') {
      return { email: value.email, password: value.password };
    }
  } catch {
    // Not JSON: answered as a bad request below.
  }
  return null;
}

const product = (ctx: RequestContext): string => ctx.headers.product ?? 'llu.ios';

/** The active terms fault for this account's logins, with the documents still to accept. */
function pendingTerms(ctx: RequestContext, state: SimulatorState, account: SimAccount) {
  const target = { endpoint: 'login' as const, region: ctx.region, email: account.email };
  const fault = state.faults.find(target, ['terms']);
  if (!fault) return null;
  const key = `${fault.id}|${account.id}`;
  const accepted = state.acceptedSteps.get(key) ?? new Set<string>();
  state.acceptedSteps.set(key, accepted);
  const remaining = fault.fault.steps.filter((step) => !accepted.has(step));
  return { fault, accepted, remaining };
}

function success(ctx: RequestContext, state: SimulatorState, account: SimAccount): SimResponse {
  const target = { endpoint: 'connections' as const, region: ctx.region, email: account.email };
  const missing = state.faults.find({ ...target, endpoint: 'login' }, ['noAuthTicket']);
  if (missing) {
    state.faults.consume(missing);
    return answer(200, { status: 0, data: { user: userRecord(account, ctx.now) } }, 'other');
  }
  const ticket = state.tokens.issue(account, { product: product(ctx) });
  // A lagging session cache does not know this login's session yet (see sessionCacheLag).
  const lag = state.faults.find(target, ['sessionCacheLag']);
  if (lag) {
    state.faults.consume(lag);
    state.laggingSessions.set(sessionOf(state, ticket.token), lag.fault);
  }
  return answer(200, loginSuccessBody(account, ticket, ctx.now), 'success');
}

function sessionOf(state: SimulatorState, token: string): string {
  return state.tokens.verify(token)?.sid ?? token;
}

function step(ctx: RequestContext, state: SimulatorState, account: SimAccount, type: StepType) {
  const ticket = state.tokens.issue(account, { product: product(ctx), step: type });
  return answer(200, stepBody(account, type, ticket), 'step');
}

export function handleLogin(ctx: RequestContext, state: SimulatorState): SimResponse {
  const credentials = parseCredentials(ctx.body);
  if (!credentials) return answer(400, { message: 'BadRequest' }, 'other');
  const { faults, guard, world } = state;
  const target = { endpoint: ctx.endpoint, region: ctx.region, email: credentials.email };

  const sticky = faults.find(target, ['lockout']);
  if (sticky) faults.consume(sticky);
  if (sticky || guard.lockedFor(credentials.email, ctx.now) > 0) {
    return answer(200, lockedBody(), 'locked');
  }

  const account = world.account(credentials.email);
  const forced = faults.find(target, ['badCredentials']);
  if (forced) faults.consume(forced);
  if (!account || account.password !== credentials.password || forced) {
    if (guard.recordFailure(credentials.email, ctx.now)) {
      return answer(200, lockedBody(), 'locked');
    }
    return answer(200, badCredentialsBody(forced?.fault.message), 'badCredentials');
  }

  const redirect = faults.find(target, ['redirect']);
  if (redirect) {
    faults.consume(redirect);
    return answer(200, redirectBody(redirect.fault.to), 'redirect');
  }
  if (ctx.region !== account.region) return answer(200, redirectBody(account.region), 'redirect');

  const verify = faults.find(target, ['verifyEmail']);
  if (verify) {
    faults.consume(verify);
    return step(ctx, state, account, 'verifyEmail');
  }
  const other = faults.find(target, ['loginStep']);
  if (other) {
    faults.consume(other);
    const ticket = state.tokens.issue(account, { product: product(ctx), step: other.fault.type });
    const { type, componentName } = other.fault;
    return answer(200, customStepBody(account, type, componentName, ticket), 'step');
  }
  const terms = pendingTerms(ctx, state, account);
  const next = terms?.remaining[0];
  if (next) return step(ctx, state, account, next);
  return success(ctx, state, account);
}

/** POST /auth/continue/{tou|pp} with the step token: the next step, or the full login. */
export function handleContinue(ctx: RequestContext, state: SimulatorState): SimResponse {
  const type = ctx.params.stepType;
  if (type !== 'tou' && type !== 'pp') return notFound();
  const token = bearerToken(ctx.headers);
  const claims = token ? state.tokens.verify(token) : null;
  const account = claims ? state.world.accountById(claims.id) : undefined;
  const valid =
    claims?.taskType === type &&
    claims.region === ctx.region &&
    account !== undefined &&
    claims.gen === account.tokenGeneration;
  if (!valid || !account) return { ...invalidJwt(), loginOutcome: 'other' };

  const terms = pendingTerms(ctx, state, account);
  if (terms) {
    terms.accepted.add(type);
    const next = terms.fault.fault.steps.find((s) => !terms.accepted.has(s));
    if (next) return step(ctx, state, account, next);
    state.faults.consume(terms.fault);
  }
  return success(ctx, state, account);
}

/**
 * One LibreLinkUp request from arrival to answer: route, match faults (delay, replacement,
 * malformed rewrite), run the endpoint handler, count. The HTTP layer only moves bytes.
 */
import { handleContinue, handleLogin } from '../auth/login';
import { malform } from '../faults/malformed';
import { REPLACING_KINDS, replacementFor } from '../faults/responses';
import { handleConfig } from './config-handler';
import { bearerToken, type RequestContext, type SimulatorState } from './context';
import type { EndpointName, RequestLogEntry } from './counts';
import { createDataHandlers } from './data-handlers';
import { isDrop, notFound, type SimResponse, type SimResult } from './responses';
import { routeRequest } from './router';

export interface IncomingRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Waits `ms` of simulated time; false when the client went away or the server closes. */
export type Wait = (ms: number) => Promise<boolean>;

function emailInBody(body: string): string | undefined {
  try {
    const value = JSON.parse(body) as { email?: unknown };
    return typeof value.email === 'string' ? value.email : undefined;
  } catch {
    return undefined;
  }
}

export function createPipeline(state: SimulatorState) {
  const data = createDataHandlers(state);
  const handlers: Record<EndpointName, (ctx: RequestContext) => SimResponse> = {
    login: (ctx) => handleLogin(ctx, state),
    continue: (ctx) => handleContinue(ctx, state),
    connections: data.connections,
    graph: data.graph,
    logbook: data.logbook,
    notifications: data.notifications,
    user: data.user,
    account: data.user,
    config: (ctx) => handleConfig(ctx, state),
    unknown: () => notFound(),
  };

  return async function handle(request: IncomingRequest, wait: Wait): Promise<SimResult | null> {
    const { clock, faults, counter, tokens } = state;
    const arrivedAt = clock.now();
    const url = new URL(request.url, 'http://127.0.0.1');
    const route = routeRequest(request.method, url.pathname, state.world.regions);
    const token = bearerToken(request.headers);
    const record = (status: RequestLogEntry['status'], outcome?: SimResponse['loginOutcome']) =>
      counter.record(
        {
          at: arrivedAt,
          method: request.method,
          path: url.pathname,
          endpoint: route.endpoint,
          region: route.region,
          status,
          version: request.headers.version ?? null,
          product: request.headers.product ?? null,
          hasAuthorization: token !== null,
          hasAccountId: request.headers['account-id'] !== undefined,
        },
        outcome,
      );

    const claimsNow = () => (token ? tokens.verify(token) : null);
    const target = {
      endpoint: route.endpoint,
      region: route.region,
      email: route.endpoint === 'login' ? emailInBody(request.body) : claimsNow()?.email,
      patientId: route.params.patientId,
    };

    const slow = faults.find(target, ['slow']);
    if (slow) {
      faults.consume(slow);
      if (!(await wait(slow.fault.delayMs))) {
        record('aborted');
        return null;
      }
    }

    let result: SimResult;
    const replacing = faults.find(target, REPLACING_KINDS);
    const replacement = replacing
      ? replacementFor(replacing.fault, route.region, state.random.int(0, 2 ** 31))
      : null;
    if (replacing && replacement) {
      faults.consume(replacing);
      result = replacement;
    } else {
      const ctx: RequestContext = {
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        endpoint: route.endpoint,
        region: route.region,
        params: route.params,
        headers: request.headers,
        body: request.body,
        now: clock.now(),
        claims: claimsNow(),
        email: target.email,
      };
      result = handlers[route.endpoint](ctx);
    }

    if (!isDrop(result)) {
      const broken = faults.find(target, ['malformed']);
      const rewritten = broken ? malform(result, broken.fault.variant) : null;
      if (broken && rewritten) {
        faults.consume(broken);
        result = rewritten;
      }
    }
    record(
      isDrop(result) ? 'dropped' : result.status,
      isDrop(result) ? undefined : result.loginOutcome,
    );
    return result;
  };
}

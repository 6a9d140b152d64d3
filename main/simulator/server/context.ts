/**
 * The simulator's moving parts as one instance-owned bundle, and what a handler learns about
 * one request. Nothing here is module-level: every simulator has its own.
 */
import type { Clock, Logger } from '../../core/ports';
import type { LoginGuard } from '../auth/lockout';
import type { TokenClaims, TokenService } from '../auth/tokens';
import type { FaultRegistry } from '../faults/registry';
import type { Fault } from '../faults/schema';
import type { Random } from '../random';
import type { Policy } from '../state/policy';
import type { World } from '../state/world';
import type { EndpointName, RequestCounter } from './counts';

export interface SimulatorState {
  clock: Clock;
  seed: number;
  logger: Logger;
  world: World;
  tokens: TokenService;
  guard: LoginGuard;
  faults: FaultRegistry;
  counter: RequestCounter;
  policy: Policy;
  /** Documents accepted through /auth/continue, per terms fault and account (`faultId|userId`). */
  acceptedSteps: Map<string, Set<string>>;
  /** Login sessions (`sid`) the session cache does not know yet, with the refusal to answer. */
  laggingSessions: Map<string, Extract<Fault, { kind: 'sessionCacheLag' }>>;
  /** Seeded stream for per-request variation (connection order, random bodies). */
  random: Random;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  origin(): string;
}

export interface RequestContext {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  endpoint: EndpointName;
  /** Region key of the host prefix, or `unknown`. */
  region: string;
  params: { patientId?: string; connectionId?: string; stepType?: string };
  /** Lower-case header names, first value only. */
  headers: Record<string, string | undefined>;
  body: string;
  /** Simulated time the request is answered at. */
  now: number;
  /** The bearer token's claims when it is valid (signature and expiry), else null. */
  claims: TokenClaims | null;
  /** Login: the e-mail in the body; authenticated calls: the token's e-mail. */
  email: string | undefined;
}

/** The bearer token of a request, if it has one. */
export function bearerToken(headers: RequestContext['headers']): string | null {
  const value = headers.authorization;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1] ?? null;
}

/**
 * Every failure the simulator can be told to produce (the catalogue in test/unit/llu-sim/catalogue.test.ts), as one
 * validated union. A fault lasts until removed or cleared, or for its next `times` matching
 * requests; `endpoint`, `region`, `email` and `patientId` narrow which requests match.
 */
import { z } from 'zod';
import { ENDPOINTS, type EndpointName } from '../server/counts';

export const regionKeySchema = z.string().regex(/^[a-z0-9-]{1,32}$/, 'region key');
const endpointSchema = z.enum(ENDPOINTS);

const scope = {
  /** Endpoints the fault applies to; each kind has a sensible default (see defaultEndpoints). */
  endpoint: z.union([endpointSchema, z.array(endpointSchema).min(1)]).optional(),
  /** Region keys of the host the request went to (`global`, `eu`, …). */
  region: z.union([regionKeySchema, z.array(regionKeySchema).min(1)]).optional(),
  /** The login e-mail, or on authenticated calls the e-mail of the token's account. */
  email: z.string().min(1).max(320).optional(),
  /** Only graph / logbook / notification calls for this id. */
  patientId: z.string().min(1).max(200).optional(),
  /** Apply to the next N matching requests only, then disappear. */
  times: z.number().int().min(1).max(1_000_000).optional(),
};

const kind = <K extends string, S extends z.ZodRawShape>(name: K, shape: S) =>
  z.strictObject({ kind: z.literal(name), ...scope, ...shape });

export const MALFORMED_VARIANTS = [
  'truncatedJson',
  'nonJson',
  'missingData',
  'missingAuthTicketToken',
  'missingFactoryTimestamp',
  'missingTicket',
] as const;

export const faultSchema = z.discriminatedUnion('kind', [
  /** F2 on demand: login answers a redirect to `to` (may be unknown or the same region). */
  kind('redirect', { to: regionKeySchema }),
  /** F3: login answers these document steps in order; each is cleared by /auth/continue. */
  kind('terms', {
    steps: z
      .array(z.enum(['tou', 'pp']))
      .min(1)
      .max(4),
  }),
  /** F4: login answers a verifyEmail step that no API call can satisfy. */
  kind('verifyEmail', {}),
  /**
   * A login step no client can continue: two-factor (`componentName: "TwoFactorVerify"`,
   * LibreViewApi #5), new document kinds, a forced password change. With a short step token.
   */
  kind('loginStep', {
    type: z.string().min(1).max(100),
    componentName: z.string().max(100).optional(),
  }),
  /** Status 0 with a user but no `authTicket` (two-factor LibreView accounts, gillesvs #28). */
  kind('noAuthTicket', {}),
  /**
   * The session cache lags a fresh login (F14/F10/F11 right after a login): the tokens of the
   * next `times` (default 1) successful logins are refused on every data call; a later login
   * is served normally, as other clients' "re-login once" relies on.
   */
  kind('sessionCacheLag', {
    answer: z.enum(['missingCachedUser', 'invalidJwt', 'invalidSession']).optional(),
    httpStatus: z.number().int().min(200).max(599).optional(),
  }),
  /**
   * LibreLinkUp changed under the client: answers match no known pattern. `unknownStatus`:
   * HTTP 200 with a status never seen; `missingFields`: every connection lacks its required
   * fields; `encrypted`: an LLU 5 style ciphertext body; `unsupportedCountry`: LLU 5 code 5.
   */
  kind('apiChanged', {
    variant: z.enum(['unknownStatus', 'missingFields', 'encrypted', 'unsupportedCountry']),
  }),
  /** F1 even for the right password (counts towards the lockout like a real failure). */
  kind('badCredentials', {
    message: z.enum(['notAuthenticated', 'incorrect username/password']).optional(),
  }),
  /** F5 that does not expire on its own (NSLU#218 "persistent locked"). */
  kind('lockout', {}),
  /** F15: the follower has no accepted invitation. */
  kind('emptyConnections', {}),
  /** F16: HTTP 429; `retryAfter` as seconds or verbatim header text, no header when absent. */
  kind('rateLimited', {
    retryAfter: z.union([z.number().int().min(0), z.string().max(100)]).optional(),
  }),
  /** F18: Cloudflare 476, text/plain random body, long retry-after. */
  kind('cloudflare476', { retryAfterSeconds: z.number().int().min(0).optional() }),
  /** F19: Cloudflare HTML block page, HTTP 403. */
  kind('cloudflareBlock', {}),
  /** F19: Cloudflare HTML error 1015 rate-limit page, HTTP 429. */
  kind('cloudflareRateLimit', {}),
  /** F17: HTTP 430 with an empty body at login. */
  kind('loginRejected', {}),
  /** F20: HTML maintenance / gateway page. */
  kind('maintenance', { httpStatus: z.union([z.literal(502), z.literal(503)]).optional() }),
  /** F6: `{"status":911}`. */
  kind('status911', {}),
  /** F10 regardless of the token (e.g. after a server maintenance). */
  kind('unauthorized', {}),
  /** F11: `{"status":401,"error":{"message":"invalid auth session"}}`. */
  kind('invalidSession', {}),
  /** F14 for a valid patient id (a server-side session cache miss). */
  kind('missingCachedUser', { httpStatus: z.number().int().min(200).max(599).optional() }),
  /** F13 for a valid patient id. */
  kind('couldNotLoadPatient', {}),
  /** F12 for a connected patient; both wordings have been seen. */
  kind('followerNotConnected', {
    wording: z.enum(['followerNotConnectToPatient', 'follower not connect to patient']).optional(),
  }),
  /** A broken but HTTP-200 answer. */
  kind('malformed', { variant: z.enum(MALFORMED_VARIANTS) }),
  /** Hold the answer back for `delayMs` of simulated time, then answer normally. */
  kind('slow', {
    delayMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 3_600_000),
  }),
  /** Reset the connection without answering. */
  kind('drop', {}),
  /** Anything else: a literal answer. */
  kind('custom', {
    httpStatus: z.number().int().min(200).max(599),
    body: z.string().max(1_000_000),
    contentType: z.string().max(200).optional(),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), z.string().max(4096)).optional(),
  }),
]);

export type Fault = z.infer<typeof faultSchema>;
export type FaultKind = Fault['kind'];
export type MalformedVariant = (typeof MALFORMED_VARIANTS)[number];

const LOGIN: EndpointName[] = ['login'];
const DATA: EndpointName[] = ['connections', 'graph', 'logbook', 'notifications'];
const PATIENT_DATA: EndpointName[] = ['graph', 'logbook'];
const ALL: EndpointName[] = ENDPOINTS.filter((e) => e !== 'unknown');

const MALFORMED_ENDPOINTS: Record<MalformedVariant, EndpointName[]> = {
  truncatedJson: ALL,
  nonJson: ALL,
  missingData: ALL,
  missingAuthTicketToken: ['login', 'continue'],
  missingFactoryTimestamp: ['connections', 'graph'],
  missingTicket: DATA,
};

/** Endpoints a fault applies to when it names none. */
export function defaultEndpoints(fault: Fault): readonly EndpointName[] {
  switch (fault.kind) {
    case 'redirect':
    case 'terms':
    case 'verifyEmail':
    case 'loginStep':
    case 'noAuthTicket':
    case 'badCredentials':
    case 'lockout':
    case 'loginRejected':
    case 'status911':
      return LOGIN;
    case 'emptyConnections':
      return ['connections'];
    case 'missingCachedUser':
      return ['graph'];
    case 'couldNotLoadPatient':
    case 'followerNotConnected':
      return PATIENT_DATA;
    case 'unauthorized':
    case 'invalidSession':
    case 'rateLimited':
    case 'sessionCacheLag':
      return DATA;
    case 'apiChanged':
      return ['login', 'connections', 'graph', 'logbook'];
    case 'malformed':
      return MALFORMED_ENDPOINTS[fault.variant];
    default:
      return ALL;
  }
}

/**
 * The LibreLinkUp client: composes hosts, requests, login and parsing into the `LluClient`
 * the rest of core uses. It never loops or waits: one call sends a small, bounded number of
 * requests (≤ 3 redirects, 1 region lookup, 1 re-login, 1 version retry) and either returns
 * or throws an LluError. Scheduling and backoff belong to the poller.
 */
import type { Clock, FetchLike, KeyValueStore, Logger } from '../ports';
import { createMemoryStore } from '../storage/memory-store';
import type { Reading } from '../glucose/reading';
import { createApiChangeWatch } from './api-change';
import { createAuthenticator } from './auth';
import { LluError, isLluError } from './errors';
import { getData, patientPath } from './data-request';
import type { LluProduct } from './http';
import { checkConnection, patientRef } from './patient-identity';
import { readConnections, toPatient, toPatients } from './patients';
import { toGraphReadings, toReading } from './readings';
import { createInstallationId } from './installation-id';
import { createRequester } from './requester';
import { graphSchema, logbookSchema, parseAnswer } from './schemas';
import { createSessionKeeper } from './session';
import { passwordSignIn, type SignInMethod } from './sign-in';
import type { GraphResult, LluClient, LluCredentials, Patient, StoredSession } from './types';
import { DEFAULT_CLIENT_VERSION, isVersion, newerVersion } from './version';

export { DEFAULT_CLIENT_VERSION } from './version';

export interface LluClientOptions {
  fetch: FetchLike;
  clock: Clock;
  logger: Logger;
  credentials: LluCredentials | null;
  /** Persisted token cache: read on first use, written on every change. */
  sessionStore: KeyValueStore<StoredSession>;
  /** Where this installation's id is kept (installation-id.ts); default: memory only. */
  installationStore?: KeyValueStore<string>;
  /** How to sign in (sign-in.ts); default: e-mail and password. */
  signInMethod?: SignInMethod;
  /** Host override; `{region}` in it becomes the region key (`global` for the entry host). */
  apiUrl?: string;
  /** Region to start a login at (default: the stored session's region, else `global`). */
  region?: string;
  /**
   * The LibreLinkUp app version to announce; a function is read on every request, so the app's
   * setting applies without a restart. Malformed values fall back to the built-in default.
   */
  clientVersion?: string | (() => string | undefined);
  product?: LluProduct;
  /** Per request, real time. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The most requests one public call can send. A login is at most 6: the first POST and 3
 * redirects, one region lookup, one version retry. Around a re-login come the refused data
 * request and its retry: 8. The lookup and the version retry are spent once per call, not
 * per step. The poller can budget on this.
 */
export const MAX_REQUESTS_PER_CALL = 8;

export function createLluClient(options: LluClientOptions): LluClient {
  const { clock, logger } = options;
  const sessions = createSessionKeeper(options.sessionStore, logger);
  const configured = options.clientVersion;
  const setting = typeof configured === 'function' ? configured : () => configured;
  if (typeof configured === 'string' && !isVersion(configured)) {
    logger.warn('llu: ignoring a malformed client version setting');
  }
  const baseVersion = (): string => {
    const value = setting();
    return isVersion(value) ? value : DEFAULT_CLIENT_VERSION;
  };
  let adopted: string | undefined;

  const version = (): string =>
    newerVersion(newerVersion(baseVersion(), sessions.current()?.clientVersion), adopted);
  const persistedVersion = (): string | undefined => adopted ?? sessions.current()?.clientVersion;

  const requester = createRequester({
    fetch: options.fetch,
    clock,
    logger,
    product: options.product ?? 'llu.ios',
    timeoutMs: validTimeout(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
    ...(options.apiUrl !== undefined ? { apiUrl: options.apiUrl } : {}),
    version,
    async adoptVersion(next) {
      adopted = next;
      const current = sessions.current();
      if (current !== null) await sessions.set({ ...current, clientVersion: next });
    },
  });

  const installation = createInstallationId(
    options.installationStore ?? createMemoryStore<string>(),
    logger,
  );
  const auth = createAuthenticator({
    requester,
    sessions,
    clock,
    logger,
    credentials: options.credentials,
    signIn:
      options.signInMethod ??
      passwordSignIn({ requester, logger, now: () => clock.now(), version }),
    installationId: () => installation.get(),
    ...(options.region !== undefined ? { region: options.region } : {}),
    version,
    persistedVersion,
  });

  const dataDeps = { auth, requester, clock, version };
  const changes = createApiChangeWatch(sessions);

  /** Data calls: typed failures, and several unreadable answers in a row mean `api_changed`. */
  const watched = <T>(work: () => Promise<T>): Promise<T> =>
    guarded(logger, () => changes.observe(work));

  return {
    connections: () =>
      watched(async () => {
        const body = await getData(dataDeps, { path: '/llu/connections', about: 'account' });
        const connections = readConnections(body, logger);
        if (connections.length === 0) {
          throw new LluError(
            'no_connections',
            'This LibreLinkUp account follows nobody yet. Accept the sharing invitation in the LibreLinkUp app, or invite yourself from the LibreLink app and follow yourself.',
          );
        }
        return toPatients(connections) satisfies Patient[];
      }),

    graph: (patientId) =>
      watched(async (): Promise<GraphResult> => {
        const ref = patientRef(patientId);
        const path = patientPath(ref.patientId, 'graph');
        const body = await getData(dataDeps, { path, about: 'patient' });
        const data = parseAnswer(graphSchema, body).data;
        checkConnection(ref, data.connection);
        return {
          patient: aliased(toPatient(data.connection), ref.connectionId ? patientId : null),
          readings: toGraphReadings(data.graphData ?? []),
        };
      }),

    logbook: (patientId) =>
      watched(async (): Promise<Reading[]> => {
        const path = patientPath(patientRef(patientId).patientId, 'logbook');
        const body = await getData(dataDeps, { path, about: 'patient' });
        return parseAnswer(logbookSchema, body).data.map((item) => toReading(item, 'logbook'));
      }),

    acceptTerms: () => guarded(logger, () => auth.acceptTerms()),
    setCredentials: (credentials) => auth.setCredentials(credentials),
    signOut: () => guarded(logger, () => auth.signOut()),
    loginCount: () => auth.loginCount(),
  };
}

/** Every public method throws LluError and nothing else, and logs failures by code only. */
async function guarded<T>(logger: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = isLluError(error)
      ? error
      : new LluError(
          'bad_response',
          'Glucobar could not process the LibreLinkUp answer. It will try again later.',
        );
    try {
      if (!isLluError(error)) logger.error('llu: unexpected failure', { kind: describe(error) });
      logger.warn('llu: call failed', { code: failure.code });
    } catch {
      // A failing logger must not replace the typed error callers switch on.
    }
    throw failure;
  }
}

/** A disambiguated id (see patient-identity.ts) stays the id of the graph's patient. */
function aliased(patient: Patient, id: string | null): Patient {
  return id === null ? patient : { ...patient, id };
}

function validTimeout(ms: number | undefined): number | undefined {
  return ms !== undefined && Number.isFinite(ms) && ms > 0 ? Math.ceil(ms) : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

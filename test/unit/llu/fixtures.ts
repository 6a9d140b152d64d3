/**
 * Test fixtures for the LibreLinkUp client: a routed fake fetch that records every call,
 * in-memory ports, and composed answer bodies (made-up ids and values, shapes per
 * docs/librelinkup.md).
 */
import type {
  Clock,
  FetchLike,
  HttpRequestInit,
  KeyValueStore,
  LogFields,
  Logger,
} from '../../../main/core/ports';
import { createLluClient, type LluClientOptions } from '../../../main/core/llu/client';
import type { LluError } from '../../../main/core/llu/errors';
import type { LluClient, StoredSession } from '../../../main/core/llu/types';

export const EMAIL = 'follower@example.org';
export const PASSWORD = 'correct horse battery staple';
export const USER_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const ACCOUNT_ID = '537589b31b78d7df2e625b7a6f210e905ea3edb36706dac83bfcb456c068b656';
export const PATIENT_ID = '2b2b2b2b-1111-4111-8111-222222222222';
export const CONNECTION_ID = '77777777-1111-4111-8111-111111111111';
export const GLOBAL = 'https://api.libreview.io';
/** 2025-10-09T07:00:00Z: the fake clock's start. */
export const T0 = Date.UTC(2025, 9, 9, 7, 0, 0);
export const DAY_S = 86_400;

// ---------------------------------------------------------------------------- fake fetch

export interface RecordedCall {
  method: string;
  url: string;
  /** URL without origin, query included. */
  path: string;
  origin: string;
  headers: Record<string, string>;
  body?: string;
}

export type Reply =
  { status: number; text: string; headers?: Record<string, string> } | Error | 'hang';

export type Route = Reply | Reply[] | ((call: RecordedCall) => Reply);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return {
    status,
    text: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  };
}

export function text(body: string, status: number, headers: Record<string, string> = {}): Reply {
  return { status, text: body, headers };
}

export interface FakeFetch {
  fetch: FetchLike;
  calls: RecordedCall[];
  /** Calls whose path matched no route. */
  unmatched: RecordedCall[];
  count(method: string, path: string): number;
}

/**
 * Routes are keyed `METHOD /path` (any host) or `METHOD https://host/path`; `*` catches the
 * rest. An array is
 * consumed in order and its last reply repeats; a function sees the call.
 */
export function createFakeFetch(routes: Record<string, Route>): FakeFetch {
  const calls: RecordedCall[] = [];
  const unmatched: RecordedCall[] = [];
  const used = new Map<string, number>();

  function replyFor(call: RecordedCall): Reply {
    const pathname = call.path.split('?')[0] ?? '';
    const keys = [call.url, call.path, pathname].map((k) => `${call.method} ${k}`);
    const key = [...keys, '*'].find((k) => routes[k] !== undefined);
    if (key === undefined) {
      unmatched.push(call);
      return text('no route', 404);
    }
    const route = routes[key] as Route;
    if (typeof route === 'function') return route(call);
    if (!Array.isArray(route)) return route;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return route[Math.min(n, route.length - 1)] as Reply;
  }

  const fetch: FetchLike = async (url: string, init: HttpRequestInit) => {
    const parsed = new URL(url);
    const call: RecordedCall = {
      method: init.method,
      url: parsed.origin + parsed.pathname,
      path: parsed.pathname + parsed.search,
      origin: parsed.origin,
      headers: { ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    };
    calls.push(call);
    const reply = replyFor(call);
    if (reply === 'hang') return new Promise(() => {});
    if (reply instanceof Error) throw reply;
    const headers = new Map(
      Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    return {
      status: reply.status,
      headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
      text: async () => reply.text,
    };
  };

  return {
    fetch,
    calls,
    unmatched,
    count: (method, path) => calls.filter((c) => c.method === method && c.path === path).length,
  };
}

// ---------------------------------------------------------------------------- ports

export interface FakeClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function createFakeClock(start = T0): FakeClock {
  let now = start;
  return {
    now: () => now,
    setTimeout: () => ({}),
    clearTimeout: () => {},
    advance: (ms) => {
      now += ms;
    },
    set: (ms) => {
      now = ms;
    },
  };
}

export interface MemoryStore<T> extends KeyValueStore<T> {
  value: T | undefined;
  writes: T[];
  clears: number;
}

export function createMemoryStore<T>(initial?: T): MemoryStore<T> {
  const store: MemoryStore<T> = {
    value: initial,
    writes: [],
    clears: 0,
    read: async () => store.value,
    write: async (value) => {
      store.value = structuredClone(value);
      store.writes.push(structuredClone(value));
    },
    clear: async () => {
      store.value = undefined;
      store.clears++;
    },
  };
  return store;
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
}

export function createMemoryLogger(): Logger & { entries: LogEntry[]; text(): string } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (message: string, fields?: LogFields): void => {
      entries.push({ level, message, ...(fields !== undefined ? { fields } : {}) });
    };
  return {
    entries,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: () => JSON.stringify(entries),
  };
}

// ---------------------------------------------------------------------------- client

export interface Harness {
  client: LluClient;
  fake: FakeFetch;
  clock: FakeClock;
  store: MemoryStore<StoredSession>;
  logger: ReturnType<typeof createMemoryLogger>;
}

export function makeClient(
  routes: Record<string, Route>,
  options: Partial<LluClientOptions> & { session?: StoredSession } = {},
): Harness {
  const fake = createFakeFetch(routes);
  const clock = createFakeClock();
  const store = createMemoryStore<StoredSession>(options.session);
  const logger = createMemoryLogger();
  const { session: _session, ...rest } = options;
  const client = createLluClient({
    fetch: fake.fetch,
    clock,
    logger,
    credentials: { email: EMAIL, password: PASSWORD },
    sessionStore: store,
    ...rest,
  });
  return { client, fake, clock, store, logger };
}

/** A stored session whose token is valid for 180 days from T0. */
export function storedSession(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    token: 'stored-token-aaaa',
    expiresAt: T0 + 180 * DAY_S * 1000,
    userId: USER_ID,
    region: 'eu',
    ...overrides,
  };
}

/** Captures the LluError a promise rejects with (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<LluError> {
  try {
    await promise;
  } catch (error) {
    return error as LluError;
  }
  throw new Error('expected the call to fail');
}

// ---------------------------------------------------------------------------- bodies

export function ticket(token: string, expiresS = T0 / 1000 + 180 * DAY_S) {
  return { token, expires: expiresS, duration: 15_552_000_000 };
}

export function loginSuccess(token = 'login-token-bbbb', expiresS = T0 / 1000 + 180 * DAY_S) {
  return {
    status: 0,
    data: {
      user: { id: USER_ID, firstName: 'Ada', lastName: 'Example', email: EMAIL, country: 'DE' },
      messages: { unread: 0 },
      notifications: { unresolved: 0 },
      authTicket: ticket(token, expiresS),
      invitations: null,
      trustedDeviceToken: '',
    },
  };
}

export function redirect(region: string) {
  return { status: 0, data: { redirect: true, region } };
}

export function step(type: string, token = `step-token-${type}`) {
  return {
    status: 4,
    data: {
      step: {
        type,
        componentName: type === 'verifyEmail' ? 'VerifyEmail' : 'AcceptDocument',
        props: { reaccept: true, type },
      },
      user: { accountType: 'pat', country: 'DE', uiLanguage: 'de-DE' },
      authTicket: { token, expires: T0 / 1000 + 3600, duration: 3_600_000 },
    },
  };
}

export const badCredentials = { status: 2, error: { message: 'notAuthenticated' } };

export function lockout(seconds = 300) {
  return {
    status: 429,
    data: { code: 60, data: { failures: 3, interval: 60, lockout: seconds }, message: 'locked' },
  };
}

export function glucoseItem(overrides: Record<string, unknown> = {}) {
  return {
    FactoryTimestamp: '10/9/2025 6:58:10 AM',
    Timestamp: '10/9/2025 8:58:10 AM',
    type: 1,
    ValueInMgPerDl: 131,
    TrendArrow: 3,
    TrendMessage: null,
    MeasurementColor: 1,
    GlucoseUnits: 1,
    Value: 131,
    isHigh: false,
    isLow: false,
    ...overrides,
  };
}

export function connection(overrides: Record<string, unknown> = {}) {
  return {
    id: CONNECTION_ID,
    patientId: PATIENT_ID,
    country: 'DE',
    status: 2,
    firstName: 'Ada',
    lastName: 'Example',
    targetLow: 70,
    targetHigh: 180,
    uom: 1,
    sensor: { deviceId: '', sn: '0E12345678', a: 1759900000, w: 60, pt: 4, s: false, lj: false },
    alarmRules: {
      c: true,
      h: { on: true, th: 250, thmm: 13.9, d: 1440, f: 0.1 },
      f: { th: 55, thmm: 3, d: 30, tl: 10, tlmm: 0.6 },
      l: { on: true, th: 70, thmm: 3.9, d: 1440, tl: 10, tlmm: 0.6 },
      nd: { i: 20, r: 5, l: 6 },
      p: 5,
      r: 5,
      std: {},
    },
    glucoseMeasurement: glucoseItem(),
    glucoseItem: glucoseItem(),
    glucoseAlarm: null,
    patientDevice: {
      did: '9a9a9a9a-0000-4000-8000-000000000001',
      dtid: 40068,
      v: '3.6.5.1234',
      l: true,
      ll: 70,
      h: true,
      hl: 250,
      u: 1760000000,
      fixedLowAlarmValues: { mgdl: 60, mmoll: 3.3 },
      alarms: false,
      fixedLowThreshold: 0,
    },
    created: 1700000500,
    ...overrides,
  };
}

export function connectionsBody(list: unknown[] = [connection()], tokenName = 'ticket-token-cccc') {
  return { status: 0, data: list, ticket: ticket(tokenName) };
}

export function graphItem(factory: string, local: string, mgdl: number) {
  return {
    FactoryTimestamp: factory,
    Timestamp: local,
    type: 0,
    ValueInMgPerDl: mgdl,
    MeasurementColor: 1,
    GlucoseUnits: 1,
    Value: mgdl,
    isHigh: false,
    isLow: false,
  };
}

export function graphBody(items: unknown[], conn: unknown = connection()) {
  return {
    status: 0,
    data: { connection: conn, activeSensors: [], graphData: items },
    ticket: ticket('graph-ticket-dddd'),
  };
}

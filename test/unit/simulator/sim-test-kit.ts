// Shared helpers for the simulator tests: a manual clock, a started simulator, and a tiny
// LibreLinkUp caller over Node's real fetch (the tests speak HTTP, not function calls).
import { createHash } from 'node:crypto';
import type { Clock, TimerHandle } from '../../../main/core/ports';
import { startSimulator, type Simulator } from '../../../main/simulator/index';

export interface ManualClock extends Clock {
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void;
  set(ms: number): void;
  pendingTimers(): number;
}

export function createManualClock(start: number): ManualClock {
  let now = start;
  let nextId = 1;
  let timers: Array<{ id: number; at: number; run: () => void }> = [];
  const clock: ManualClock = {
    now: () => now,
    setTimeout(run, ms) {
      const timer = { id: nextId++, at: now + Math.max(0, ms), run };
      timers.push(timer);
      return timer.id as TimerHandle;
    },
    clearTimeout(handle) {
      timers = timers.filter((t) => t.id !== handle);
    },
    advance(ms) {
      clock.set(now + ms);
    },
    pendingTimers: () => timers.length,
    set(ms) {
      for (;;) {
        const due = timers.filter((t) => t.at <= ms).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.run();
      }
      now = ms;
    },
  };
  return clock;
}

/** A Tuesday morning in winter (UTC), far from any DST change. */
export const START = Date.UTC(2026, 10, 24, 8, 0, 0);

export const STD_HEADERS = {
  product: 'llu.ios',
  version: '4.17.0',
  'content-type': 'application/json',
} as const;

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Parsed wire JSON: assertions check its shape, so it is deliberately untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WireJson = any;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: WireJson;
}

export async function call(
  sim: Simulator,
  region: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(sim.apiUrl.replace('{region}', region) + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...STD_HEADERS, ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: tests look at `text`.
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface Session {
  token: string;
  userId: string;
  region: string;
  headers: Record<string, string>;
}

/** Logs in on the global host, following one redirect. */
export async function login(
  sim: Simulator,
  credentials: { email: string; password: string } = sim.demo,
): Promise<Session> {
  let region = 'global';
  let answer = await call(sim, region, '/llu/auth/login', { body: credentials });
  if (answer.json?.data?.redirect) {
    region = answer.json.data.region;
    answer = await call(sim, region, '/llu/auth/login', { body: credentials });
  }
  const token: string | undefined = answer.json?.data?.authTicket?.token;
  const userId: string | undefined = answer.json?.data?.user?.id;
  if (!token || !userId) throw new Error(`login failed: ${answer.status} ${answer.text}`);
  return {
    token,
    userId,
    region,
    headers: { authorization: `Bearer ${token}`, 'account-id': sha256Hex(userId) },
  };
}

export async function startAt(start = START, seed = 7) {
  const clock = createManualClock(start);
  const sim = await startSimulator({ clock, seed });
  return { clock, sim };
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

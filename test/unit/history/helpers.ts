import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reading } from '../../../main/core/glucose/reading';
import { createNodeHistoryFs, openHistory } from '../../../main/core/history';
import type { HistoryFs, HistoryOptions, HistoryStore } from '../../../main/core/history';
import type { Clock, LogFields, Logger } from '../../../main/core/ports';

export const MINUTE = 60_000;
export const DAY = 86_400_000;
/** 2026-11-24T00:00:00Z */
export const T0 = Date.UTC(2026, 10, 24);

export interface FakeClock extends Clock {
  set(time: number): void;
  advance(ms: number): void;
}

export function fakeClock(start: number): FakeClock {
  let now = start;
  return {
    now: () => now,
    setTimeout: () => ({}),
    clearTimeout: () => {},
    set: (time) => {
      now = time;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: LogFields | undefined;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (message: string, fields?: LogFields): void => {
      entries.push({ level, message, fields });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function reading(time: number, mgdl = 120, extra: Partial<Reading> = {}): Reading {
  return {
    time,
    mgdl,
    trend: 'flat',
    sensorLimit: null,
    localOffsetMinutes: 60,
    source: 'live',
    ...extra,
  };
}

/** `count` readings one minute apart from `start`, with varied values and fields. */
export function minuteReadings(start: number, count: number, step = MINUTE): Reading[] {
  const trends = [
    'fallingQuickly',
    'falling',
    'flat',
    'rising',
    'risingQuickly',
    'unknown',
  ] as const;
  return Array.from({ length: count }, (_, i) =>
    reading(start + i * step, 40 + ((i * 7) % 400), {
      trend: trends[i % trends.length]!,
      source: i % 5 === 0 ? 'graph' : 'live',
      sensorLimit: i % 97 === 0 ? 'LO' : null,
      localOffsetMinutes: i % 11 === 0 ? null : 60,
    }),
  );
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'glucobar-history-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface Harness {
  dir: string;
  clock: FakeClock;
  logger: ReturnType<typeof recordingLogger>;
  open(overrides?: Partial<HistoryOptions>): HistoryStore;
  /** Closes every store opened here (errors ignored), so no write races the temp dir removal. */
  closeAll(): Promise<void>;
}

export function harness(dir: string, start = T0 + 12 * 60 * MINUTE): Harness {
  const clock = fakeClock(start);
  const logger = recordingLogger();
  const opened: HistoryStore[] = [];
  return {
    dir,
    clock,
    logger,
    open: (overrides = {}) => {
      const store = openHistory({ dir, clock, logger, ...overrides });
      opened.push(store);
      return store;
    },
    closeAll: async () => {
      await Promise.allSettled(opened.map((store) => store.close()));
    },
  };
}

/**
 * Node's fs with some operations replaced, to inject failures. Without its optional exclusive
 * `create`, new day files go through `append` too, so an injected append sees every write.
 */
export function faultyFs(overrides: Partial<HistoryFs>): HistoryFs {
  const { create: _create, ...node } = createNodeHistoryFs();
  return { ...node, ...overrides };
}

export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

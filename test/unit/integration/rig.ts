// One Glucobar as the app runs it, against the simulator over real HTTP, on one fake clock: the
// simulator, the real LibreLinkUp client (Node's fetch), the on-disk history in a private temp
// folder and the app core. Shared by the month and fault tests and by `npm run bench`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Snapshot } from '../../../preload/contract';
import { createAppCore, type AppCore } from '../../../main/core/app-core';
import { createMemorySettings } from '../../../main/core/app/memory-settings';
import { openHistory, type HistoryFs, type HistoryStore } from '../../../main/core/history';
import { createLluClient } from '../../../main/core/llu/client';
import type { LluClient, StoredSession } from '../../../main/core/llu/types';
import type { Clock, FetchLike, KeyValueStore, LogFields, Logger } from '../../../main/core/ports';
import { defaultSettings } from '../../../main/core/settings/schema';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createFakeClock, type FakeClock } from '../../helpers/fake-clock';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface LogLine {
  level: keyof Logger;
  message: string;
  fields?: LogFields;
}

export interface RigOptions {
  start: number;
  seed?: number;
  /** History file-system seam (faults, or memory for long runs); default node:fs. */
  historyFs?: HistoryFs;
}

/** One running app: what a restart replaces. */
export interface App {
  client: LluClient;
  history: HistoryStore;
  core: AppCore;
  /** The app's settings (in memory), as the popover would change them. */
  settings: ReturnType<typeof createMemorySettings>;
}

export interface Rig extends App {
  /** The world's clock: the simulator's time, and what moves the timers. */
  clock: FakeClock;
  sim: Simulator;
  dir: string;
  logs: LogLine[];
  /** The latest snapshots (the month keeps only a bounded tail). */
  snapshots: Snapshot[];
  /** The demo account's wearers (Berlin, London, New York), in the simulator's order. */
  patientIds: string[];
  /** Moves simulated time on; after every timer it waits until the poll in flight is done. */
  advance(ms: number): Promise<void>;
  /** Sets this computer's clock wrong (or right again) by `ms`; the server's time is unchanged. */
  jumpLocalClock(ms: number): void;
  /** The app's own clock (world time plus the local error). */
  localNow(): number;
  /** A new store on the same folder: what the next start would find. */
  reopenHistory(): HistoryStore;
  /**
   * Stops this app and starts a new one on the same folder and token cache. `kill`: the old
   * store is abandoned as a killed process leaves it (no close, nothing saved on the way out).
   */
  restart(options?: { historyFs?: HistoryFs; kill?: boolean }): Promise<void>;
  close(): Promise<void>;
}

function memoryStore<T>(): KeyValueStore<T> {
  let value: T | undefined;
  return {
    read: async () => value,
    write: async (next) => {
      value = structuredClone(next);
    },
    clear: async () => {
      value = undefined;
    },
  };
}

function recordingLogger(lines: LogLine[]): Logger {
  const at =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      // Debug lines would make a month's log grow without bound; no test looks at them.
      if (level !== 'debug') lines.push({ level, message, ...(fields ? { fields } : {}) });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const nodeFetch: FetchLike = (url, init) => fetch(url, init);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function startRig(options: RigOptions): Promise<Rig> {
  const clock = createFakeClock(options.start);
  const sim = await startSimulator({ clock, seed: options.seed ?? 7 });
  const dir = await mkdtemp(join(tmpdir(), 'glucobar-integration-'));
  const logs: LogLine[] = [];
  const logger = recordingLogger(logs);
  let skew = 0;
  const local: Clock = {
    now: () => clock.now() + skew,
    setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
    clearTimeout: (handle) => clock.clearTimeout(handle),
  };
  const sessionStore = memoryStore<StoredSession>();
  const patientIds =
    sim.control.accounts().find((a) => a.email === sim.demo.email)?.patientIds ?? [];
  const snapshots: Snapshot[] = [];
  // HTTP calls under way, so settling can sleep through a round trip instead of spinning.
  const calls = new Set<Promise<unknown>>();
  const track = <T>(call: Promise<T>): Promise<T> => {
    const done: Promise<unknown> = call.then(
      () => calls.delete(done),
      () => calls.delete(done),
    );
    calls.add(done);
    return call;
  };

  const boot = (historyFs: HistoryFs | undefined): App => {
    const settings = createMemorySettings(defaultSettings());
    const client = createLluClient({
      fetch: nodeFetch,
      clock: local,
      logger,
      credentials: sim.demo,
      sessionStore,
      apiUrl: sim.apiUrl,
      // As main/adapters/account.ts wires it: the advanced setting, read on every request.
      clientVersion: () => settings.get().lluClientVersion,
    });
    const history = openHistory({
      dir,
      clock: local,
      logger,
      ...(historyFs ? { fs: historyFs } : {}),
    });
    const core = createAppCore({
      clock: local,
      random: () => 0.5,
      logger,
      client: {
        ...client,
        connections: () => track(client.connections()),
        graph: (patientId) => track(client.graph(patientId)),
      },
      history,
      settings,
      credentials: { save: async () => {}, clear: async () => {} },
      notifier: { notify: () => {} },
      demo: false,
      hasCredentials: true,
      localMinutesOfDay: () => 12 * 60,
    });
    core.onSnapshot((snapshot) => {
      snapshots.push(snapshot);
      if (snapshots.length > 200) snapshots.splice(0, 100);
    });
    return { client, history, core, settings };
  };

  let app = boot(options.historyFs);
  // A timer callback starts its poll synchronously (inFlight is set before the first await), so
  // waiting for inFlight to clear covers the HTTP round trip and the history write behind it.
  const settle = async () => {
    await nextTurn();
    for (const call of [...calls]) await call;
    while (app.core.poller().status().inFlight) await nextTurn();
  };

  const rig: Rig = {
    clock,
    sim,
    dir,
    logs,
    snapshots,
    patientIds,
    get client() {
      return app.client;
    },
    get history() {
      return app.history;
    },
    get core() {
      return app.core;
    },
    get settings() {
      return app.settings;
    },
    advance: (ms) => clock.advance(ms, settle),
    jumpLocalClock(ms) {
      skew += ms;
    },
    localNow: () => local.now(),
    reopenHistory: () => openHistory({ dir, clock: local, logger, ...fsOf(options.historyFs) }),
    async restart(next = {}) {
      app.core.stop();
      // A failed close (unsaved readings) is what the test looks at, not a reason to stop here.
      if (!next.kill) await app.history.close().catch(() => {});
      app = boot(next.historyFs ?? options.historyFs);
      app.core.start();
    },
    async close() {
      app.core.stop();
      await app.history.close().catch(() => {});
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return rig;
}

const fsOf = (fs: HistoryFs | undefined) => (fs ? { fs } : {});

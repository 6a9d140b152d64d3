// The main process of an e2e world, in the test process: the LibreLinkUp simulator on
// 127.0.0.1, the real LLU client over Node's fetch, history in a temp dir, the real app core,
// the real IPC handlers and the real router with the app's sender policy, behind a recording
// stand-in for Electron's ipcMain. Composed like main/index.ts; only the Electron adapters are
// replaced (no tray, no window, no safeStorage: credentials are kept in memory).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings, Snapshot } from '../../preload/contract';
import { createAppCore, type AppCore } from '../../main/core/app-core';
import { createMemorySettings } from '../../main/core/app/memory-settings';
import { openHistory } from '../../main/core/history';
import { createLluClient } from '../../main/core/llu/client';
import type { LluCredentials, StoredSession } from '../../main/core/llu/types';
import type { KeyValueStore, Notifier, SettingsAccess } from '../../main/core/ports';
import { defaultSettings } from '../../main/core/settings/schema';
import { APP_ORIGIN } from '../../main/core/window/app-origin';
import { createIpcHandlers, mapDomainError } from '../../main/ipc/handlers';
import { createIpcRouter } from '../../main/ipc/router';
import { createSenderPolicy } from '../../main/ipc/sender-policy';
import { startSimulator, type Simulator } from '../../main/simulator';
import { createFakeIpcMain, type FakeIpcMain } from './fake-ipc-main';
import { createRecordingFetch, type RecordingFetch } from './recording-fetch';
import { createRecordingLogger, type RecordingLogger } from './recording-logger';
import { createSteppedClock, type SteppedClock } from './stepped-clock';

/** 24 Nov 2026, 08:00 UTC: a fixed start, so every run sees the same simulated glucose. */
export const E2E_START = Date.UTC(2026, 10, 24, 8, 0, 0);

export interface MainSideOptions {
  /** Credentials the app already holds at start (else it starts signed out). */
  credentials?: LluCredentials | null;
}

export interface MainSide {
  clock: SteppedClock;
  sim: Simulator;
  core: AppCore;
  settings: SettingsAccess;
  ipc: FakeIpcMain;
  fetch: RecordingFetch;
  log: RecordingLogger;
  /** Credentials as the app would have stored them (null after sign-out). */
  storedCredentials(): LluCredentials | null;
  notifications: Parameters<Notifier['notify']>[0][];
  /** What "save" dialogs were given (nothing is written; the path is made up). */
  savedFiles: Array<{ name: string; content: string }>;
  /** Fires for every snapshot and settings change, as main/index.ts forwards them. */
  onPush(listener: (push: MainPush) => void): void;
  /** True while an HTTP request, a poll or an IPC call is under way. */
  busy(): boolean;
  close(): Promise<void>;
}

export type MainPush =
  { name: 'snapshot'; payload: Snapshot } | { name: 'settings'; payload: Settings };

function memoryStore<T>(): KeyValueStore<T> {
  let value: T | undefined;
  return {
    read: async () => value,
    write: async (next) => void (value = structuredClone(next)),
    clear: async () => void (value = undefined),
  };
}

export async function startMainSide(options: MainSideOptions = {}): Promise<MainSide> {
  const clock = createSteppedClock(E2E_START);
  const log = createRecordingLogger();
  const dir = await mkdtemp(join(tmpdir(), 'glucobar-e2e-'));
  const sim = await startSimulator({ clock, seed: 7 });
  const fetch = createRecordingFetch();
  let stored = options.credentials ?? null;
  const client = createLluClient({
    fetch: fetch.fetch,
    clock,
    logger: log.logger,
    credentials: stored,
    sessionStore: memoryStore<StoredSession>(),
    apiUrl: sim.apiUrl,
  });
  const history = openHistory({ dir: join(dir, 'history'), clock, logger: log.logger });
  const settings = createMemorySettings(defaultSettings());
  const notifications: MainSide['notifications'] = [];
  const savedFiles: MainSide['savedFiles'] = [];
  const core = createAppCore({
    clock,
    random: () => 0.5,
    logger: log.logger,
    client,
    history,
    settings,
    credentials: {
      save: async (c) => void (stored = { ...c }),
      clear: async () => void (stored = null),
    },
    notifier: { notify: (n) => void notifications.push(n) },
    demo: false,
    hasCredentials: stored !== null,
    localMinutesOfDay: (now) => new Date(now).getUTCHours() * 60 + new Date(now).getUTCMinutes(),
  });
  const ipc = createFakeIpcMain();
  const router = createIpcRouter(ipc.ipcMain, {
    isTrustedSender: createSenderPolicy(APP_ORIGIN).isTrustedSender,
    handlers: createIpcHandlers({
      core,
      settings,
      saveFile: async (name, content) => {
        savedFiles.push({ name, content });
        return `/home/follower/${name}`;
      },
      openExternal: async () => undefined,
      closeMiniView: () => undefined,
      acceptUpdate: () => undefined,
      hidePopover: () => undefined,
      quit: () => undefined,
    }),
    logger: log.logger,
    mapError: mapDomainError,
  });
  const pushListeners: Array<(push: MainPush) => void> = [];
  core.onSnapshot((payload) => pushListeners.forEach((l) => l({ name: 'snapshot', payload })));
  settings.onChange((payload) => pushListeners.forEach((l) => l({ name: 'settings', payload })));

  core.start();
  return {
    clock,
    sim,
    core,
    settings,
    ipc,
    fetch,
    log,
    storedCredentials: () => stored,
    notifications,
    savedFiles,
    onPush: (listener) => void pushListeners.push(listener),
    busy: () => fetch.inFlight() > 0 || core.poller().status().inFlight || ipc.inFlight() > 0,
    async close() {
      core.stop();
      router.dispose();
      await history.close();
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

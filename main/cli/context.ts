import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHistory, type HistoryFs, type HistoryStore } from '../core/history';
import { createLluClient } from '../core/llu/client';
import { installationIdFile } from '../core/llu/installation-id';
import type { LluClient, LluCredentials } from '../core/llu/types';
import type { Clock, FetchLike, Logger } from '../core/ports';
import { startDemoSimulator } from '../simulator/demo';
import type { CommonOptions } from './args';
import { createLoginLock } from './login-lock';
import { createSessionFile } from './session-file';
import { defaultStateDir } from './state-dir';
import { createStateWarnings, type StateWarnings } from './state-warnings';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  fetch: FetchLike;
  clock: Clock;
  logger: Logger;
  /** Resolves when the person interrupts (Ctrl-C): ends `--watch`. */
  interrupted: Promise<void>;
  /** The history's file system (default node:fs); tests inject a full disk. */
  historyFs?: HistoryFs;
}

export interface CliContext {
  client: LluClient;
  history: HistoryStore;
  stateDir: string;
  demo: boolean;
  /** What could not be saved in the state dir during this run. */
  warnings: StateWarnings;
  close(): Promise<void>;
}

/** Credentials come from the environment only, never from argv (argv is visible to every user). */
export function credentialsFromEnv(env: CliIo['env']): LluCredentials | null {
  const email = env.GLUCOBAR_EMAIL?.trim();
  const password = env.GLUCOBAR_PASSWORD;
  return email && password ? { email, password } : null;
}

export async function openCliContext(options: CommonOptions, io: CliIo): Promise<CliContext> {
  const demo = options.demo ? await startDemoSimulator({ logger: io.logger }) : null;
  const stateDir =
    options.stateDir ??
    (demo ? await mkdtemp(join(tmpdir(), 'glucobar-demo-')) : defaultStateDir());
  const warnings = createStateWarnings(stateDir);
  const lock = createLoginLock(stateDir, () => io.clock.now());
  const client = createLluClient({
    fetch: io.fetch,
    clock: io.clock,
    logger: io.logger,
    credentials: demo ? demo.demo : credentialsFromEnv(io.env),
    sessionStore: createSessionFile(stateDir, { warnings, lock, now: () => io.clock.now() }),
    installationStore: installationIdFile(stateDir),
    ...(demo ? { apiUrl: demo.apiUrl } : options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.clientVersion ? { clientVersion: options.clientVersion } : {}),
  });
  const history = openHistory({
    dir: join(stateDir, 'history'),
    clock: io.clock,
    logger: io.logger,
    ...(io.historyFs ? { fs: io.historyFs } : {}),
  });
  return {
    client,
    history,
    stateDir,
    demo: demo !== null,
    warnings,
    async close() {
      await lock.release();
      // Readings that could not be saved were already reported beside the value.
      await history.close().catch((error: unknown) => warnings.add('the reading history', error));
      await demo?.close();
    },
  };
}

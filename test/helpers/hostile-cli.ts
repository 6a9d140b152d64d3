/**
 * Runs the real `glucobar` command in-process (runCli with the real client, history and state
 * dir, Node's fetch, the system clock) against a hostile server, capturing its output.
 */
import type { CliIo } from '../../main/cli/context';
import { runCli } from '../../main/cli/run';
import type { HistoryFs } from '../../main/core/history';
import { systemClock, type Clock } from '../../main/core/ports';
import { createStderrLogger } from '../../main/core/stderr-logger';
import { HOSTILE_EMAIL, HOSTILE_PASSWORD } from './hostile-payloads';

export interface CliRunOptions {
  stateDir: string;
  historyFs?: HistoryFs;
  /** The clock the command runs on; the system clock by default. */
  clock?: Clock;
  /** Resolves to stop `--watch` (like Ctrl-C); never by default. */
  interrupted?: Promise<void>;
  /** Called with every line printed to stdout, as it is printed. */
  onLine?: (line: string) => void;
}

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

export async function runGlucobar(args: string[], options: CliRunOptions): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => {
      out.push(line);
      options.onLine?.(line);
    },
    err: (line) => err.push(line),
    env: { GLUCOBAR_EMAIL: HOSTILE_EMAIL, GLUCOBAR_PASSWORD: HOSTILE_PASSWORD },
    fetch: (url, init) => fetch(url, init),
    clock: options.clock ?? systemClock,
    logger: createStderrLogger((line) => err.push(line), 'warn'),
    interrupted: options.interrupted ?? new Promise(() => {}),
    ...(options.historyFs ? { historyFs: options.historyFs } : {}),
  };
  const code = await runCli([...args, '--state-dir', options.stateDir], io);
  return { code, out, err };
}

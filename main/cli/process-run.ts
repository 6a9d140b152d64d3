// Runs one `glucobar` command in this process and ends it with the command's exit status.
// Shared by the Node entry (main/cli.ts) and the packaged app started as the command
// (main/index.ts with `--cli`, core/command/app-invocation.ts): one way to run the CLI.
import { systemClock } from '../core/ports';
import { createStderrLogger } from '../core/stderr-logger';
import { runCli } from './run';
import { createStdio } from './stdio';

export function runCommandLine(args: readonly string[], exit: (code: number) => void): void {
  const interrupted = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  // Flushes stdout before exiting (a pipe is written asynchronously) and survives EPIPE.
  const stdio = createStdio(process.stdout, process.stderr);
  runCli(args, {
    out: stdio.out,
    err: stdio.err,
    env: process.env,
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger: createStderrLogger(stdio.err, process.env.GLUCOBAR_LOG),
    interrupted,
  }).then(
    async (code) => exit(await stdio.finish(code)),
    async (error: unknown) => {
      stdio.err(`glucobar: unexpected failure: ${(error as Error).message}`);
      exit(await stdio.finish(1));
    },
  );
}

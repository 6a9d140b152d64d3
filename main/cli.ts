// Node composition root for the `glucobar` command: the same core as the app, no Electron.
import { systemClock } from './core/ports';
import { runCli } from './cli/run';
import { createStdio } from './cli/stdio';
import { createStderrLogger } from './core/stderr-logger';

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

// Flushes stdout before exiting (a pipe is written asynchronously) and survives EPIPE.
const stdio = createStdio(process.stdout, process.stderr);

runCli(process.argv.slice(2), {
  out: stdio.out,
  err: stdio.err,
  env: process.env,
  fetch: (url, init) => fetch(url, init),
  clock: systemClock,
  logger: createStderrLogger(stdio.err, process.env.GLUCOBAR_LOG),
  interrupted,
}).then(
  async (code) => process.exit(await stdio.finish(code)),
  async (error: unknown) => {
    stdio.err(`glucobar: unexpected failure: ${(error as Error).message}`);
    process.exit(await stdio.finish(1));
  },
);

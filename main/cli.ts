// Node composition root for the `glucobar` command: the same core as the app, no Electron.
import { systemClock } from './core/ports';
import { runCli } from './cli/run';
import { createStderrLogger } from './core/stderr-logger';

const interrupted = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);

runCli(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
  env: process.env,
  fetch: (url, init) => fetch(url, init),
  clock: systemClock,
  logger: createStderrLogger(write(process.stderr), process.env.GLUCOBAR_LOG),
  interrupted,
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`glucobar: unexpected failure: ${(error as Error).message}\n`);
    process.exit(1);
  },
);

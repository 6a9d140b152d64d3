/**
 * stdout/stderr for the `glucobar` process. Two things a plain `stream.write` + `process.exit`
 * got wrong: output to a pipe is written asynchronously, so exiting at once cut an export at
 * the pipe buffer (64 KiB) with status 0; and a reader that goes away (`| head`) raised EPIPE.
 * Here every line is flushed before the process ends, and a closed stdout makes the exit
 * status 1 (the output is incomplete) instead of a crash or a false success.
 */
export interface Stdio {
  out(line: string): void;
  err(line: string): void;
  /** Waits until everything written has been handed to the OS; returns the honest exit status. */
  finish(code: number): Promise<number>;
}

type Stream = Pick<NodeJS.WriteStream, 'write' | 'on'>;

export function createStdio(stdout: Stream, stderr: Stream): Stdio {
  let outClosed = false;
  let errClosed = false;
  // Without a listener an EPIPE is an uncaught exception; with one it only ends the output.
  stdout.on('error', () => {
    outClosed = true;
  });
  stderr.on('error', () => {
    errClosed = true;
  });
  const flush = (stream: Stream, closed: () => boolean) =>
    new Promise<void>((resolve) => {
      if (closed()) return resolve();
      // The callback of an empty write runs once everything queued before it is written.
      stream.write('', () => resolve());
    });
  return {
    out(line) {
      if (!outClosed) stdout.write(`${line}\n`);
    },
    err(line) {
      if (!errClosed) stderr.write(`${line}\n`);
    },
    async finish(code) {
      await flush(stdout, () => outClosed);
      await flush(stderr, () => errClosed);
      if (outClosed && code === 0) {
        if (!errClosed) stderr.write('glucobar: the output was closed before it was complete\n');
        await flush(stderr, () => errClosed);
        return 1;
      }
      return code;
    },
  };
}

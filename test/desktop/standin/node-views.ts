// The Node modules whose behaviour depends on the machine rather than on Node: the disk
// (node:fs/promises) and the right to listen on a port (node:http). Everything else the
// bundle requires is Node's own.
import type * as FsPromises from 'node:fs/promises';
import type * as Http from 'node:http';

/**
 * node:fs/promises as the app sees it on this machine: a disk that takes `latency` ms before
 * each change starts (an antivirus scan on Windows, a network home folder), and that can
 * refuse changes for a while (EBUSY: a file held open by a scanner or a sync client).
 * Reads are untouched.
 */
export function slowFsPromises(
  fs: typeof FsPromises,
  disk: { diskLatencyMs: number; diskBusy: boolean },
) {
  const writes = new Set([
    'writeFile',
    'appendFile',
    'rename',
    'open',
    'copyFile',
    'unlink',
    'rm',
    'mkdir',
  ]);
  return new Proxy(fs, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof key !== 'string' || !writes.has(key) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (disk.diskLatencyMs > 0)
          await new Promise((done) => setTimeout(done, disk.diskLatencyMs));
        if (disk.diskBusy)
          throw Object.assign(new Error(`EBUSY: resource busy or locked, ${key}`), {
            code: 'EBUSY',
          });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * node:http as the app sees it: on a machine whose policy refuses the process a listening
 * socket (a strictly confined snap without the `network-bind` interface, a hardened
 * sandbox profile), `listen` fails with EACCES, the error Node reports for a denied bind
 * (nodejs.org/api/net.html `server.listen`, 'error' event).
 */
export function guardedHttp(http: typeof Http, machine: { listenRefused: boolean }) {
  return new Proxy(http, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key !== 'createServer') return value;
      return (...args: Parameters<typeof Http.createServer>) => {
        const server = target.createServer(...args);
        const listen = server.listen.bind(server) as (...a: unknown[]) => Http.Server;
        server.listen = ((...a: unknown[]) => {
          if (!machine.listenRefused) return listen(...a);
          const error = Object.assign(new Error('listen EACCES: permission denied 127.0.0.1'), {
            code: 'EACCES',
            syscall: 'listen',
          });
          setImmediate(() => server.emit('error', error));
          return server;
        }) as typeof server.listen;
        return server;
      };
    },
  });
}

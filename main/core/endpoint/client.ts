/**
 * Connects to a running app's or daemon's local endpoint. Before connecting it checks, on Unix,
 * that the run directory is 0700 and the socket and token 0600, all owned by this user: a socket
 * anyone could have planted is never asked for a glucose value.
 */
import { lstat, readFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { createLineReader, parseJsonLine } from './line-reader';
import { endpointLocation, privacyProblem, type EndpointLocation } from './location';
import {
  claimedProtocol,
  ENDPOINT_PROTOCOL,
  encodeLine,
  MAX_SERVER_LINE,
  mismatchMessage,
  serverMessageSchema,
  type EndpointRole,
  type ServerMessage,
} from './protocol';

export type SnapshotMessage = Extract<ServerMessage, { type: 'snapshot' }>;

export interface EndpointSession {
  role: EndpointRole;
  pid: number;
  /** The next snapshot; `null` when the server closed; `'timeout'` when none came in time. */
  next(timeoutMs: number): Promise<SnapshotMessage | null | 'timeout'>;
  close(): void;
}

export type ConnectOutcome =
  | { status: 'absent' }
  | { status: 'untrusted'; reason: string }
  | {
      status: 'failed';
      code: 'protocol_mismatch' | 'unauthorized' | 'bad_response' | 'timeout';
      message: string;
    }
  | { status: 'connected'; session: EndpointSession };

export interface ConnectOptions {
  platform?: NodeJS.Platform;
  want: 'snapshot' | 'watch';
  timeoutMs?: number;
}

type EndCode = 'protocol_mismatch' | 'bad_response';
type Item = ServerMessage | { type: 'end'; code: EndCode | null; reason: string | null };
type Access =
  { kind: 'absent' } | { kind: 'untrusted'; reason: string } | { kind: 'ok'; token: string };

/** Reads the token, checking owner and bits first; null when there is no endpoint here. */
async function readToken(location: EndpointLocation, platform: NodeJS.Platform): Promise<Access> {
  if (platform !== 'win32') {
    const uid = process.getuid?.() ?? -1;
    const checks = [
      ['directory', location.runDir],
      ['socket', location.address],
      ['token file', location.tokenPath],
    ] as const;
    for (const [what, path] of checks) {
      const facts = await lstat(path).catch(() => null);
      if (!facts) return { kind: 'absent' };
      const problem = privacyProblem(what, facts, uid);
      if (problem) return { kind: 'untrusted', reason: `${path}: ${problem}` };
    }
  }
  const token = await readFile(location.tokenPath, 'utf8').catch(() => null);
  return token === null ? { kind: 'absent' } : { kind: 'ok', token: token.trim() };
}

function openQueue(socket: Socket) {
  const items: Item[] = [];
  const waiters: ((item: Item) => void)[] = [];
  const push = (item: Item) => {
    const waiter = waiters.shift();
    if (waiter) waiter(item);
    else items.push(item);
  };
  let ended = false;
  const end = (code: EndCode | null, reason: string | null) => {
    if (ended) return;
    ended = true;
    push({ type: 'end', code, reason });
  };
  socket.on(
    'data',
    createLineReader(
      MAX_SERVER_LINE,
      (line) => {
        const value = parseJsonLine(line);
        const claimed = claimedProtocol(value);
        if (claimed !== null && claimed !== ENDPOINT_PROTOCOL) {
          end(
            'protocol_mismatch',
            mismatchMessage(ENDPOINT_PROTOCOL, claimed, 'The running Glucobar'),
          );
          return void socket.destroy();
        }
        const parsed = serverMessageSchema.safeParse(value);
        if (parsed.success) push(parsed.data as ServerMessage);
        else {
          end(
            'bad_response',
            'The running Glucobar sent a message this command does not understand.',
          );
          socket.destroy();
        }
      },
      () => {
        end('bad_response', 'The running Glucobar sent an overlong line.');
        socket.destroy();
      },
    ),
  );
  socket.on('error', (error) =>
    end('bad_response', `The endpoint connection failed: ${error.message}`),
  );
  socket.on('close', () => end(null, null));
  return (timeoutMs: number): Promise<Item | 'timeout'> => {
    const ready = items.shift();
    if (ready) return Promise.resolve(ready);
    if (ended) return Promise.resolve({ type: 'end', code: null, reason: null });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(settle), 1);
        resolve('timeout');
      }, timeoutMs);
      const settle = (item: Item) => {
        clearTimeout(timer);
        resolve(item);
      };
      waiters.push(settle);
    });
  };
}

export async function connectEndpoint(
  runDir: string,
  options: ConnectOptions,
): Promise<ConnectOutcome> {
  const platform = options.platform ?? process.platform;
  const timeoutMs = options.timeoutMs ?? 3_000;
  const location = endpointLocation(runDir, platform);
  const access = await readToken(location, platform);
  if (access.kind === 'absent') return { status: 'absent' };
  if (access.kind === 'untrusted') return { status: 'untrusted', reason: access.reason };
  const socket = connect(location.address);
  const connected = await new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  // Nothing listens (a socket left by a process that died): as if no endpoint were there.
  if (!connected) return { status: 'absent' };
  const next = openQueue(socket);
  socket.write(
    encodeLine({
      glucobar: 'endpoint',
      protocol: ENDPOINT_PROTOCOL,
      token: access.token,
      want: options.want,
    }),
  );
  const first = await next(timeoutMs);
  const fail = (code: Extract<ConnectOutcome, { status: 'failed' }>['code'], message: string) => {
    socket.destroy();
    return { status: 'failed' as const, code, message };
  };
  if (first === 'timeout') return fail('timeout', 'The running Glucobar did not answer in time.');
  if (first.type === 'end')
    return fail(
      first.code ?? 'bad_response',
      first.reason ?? 'The running Glucobar closed the connection.',
    );
  if (first.type === 'error')
    return fail(first.code === 'bad_request' ? 'bad_response' : first.code, first.message);
  if (first.type !== 'hello')
    return fail('bad_response', 'The running Glucobar skipped its hello.');
  return {
    status: 'connected',
    session: {
      role: first.role,
      pid: first.pid,
      async next(ms) {
        const item = await next(ms);
        if (item === 'timeout') return 'timeout';
        if (item.type === 'snapshot') return item;
        return null;
      },
      close: () => socket.destroy(),
    },
  };
}

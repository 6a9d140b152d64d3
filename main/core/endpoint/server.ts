/**
 * Serves the current snapshot on the local endpoint (docs/local-endpoint.md) so status bars and
 * scripts share the app's or daemon's one LibreLinkUp session instead of opening their own.
 * Electron-free: the app and `glucobar daemon` both call `startEndpointServer` with their core.
 */
import { timingSafeEqual } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import type { Snapshot } from '../../../common/snapshot';
import type { Logger } from '../ports';
import { createLineReader, parseJsonLine } from './line-reader';
import { endpointLocation, MAX_SOCKET_PATH } from './location';
import {
  claimedProtocol,
  clientHelloSchema,
  ENDPOINT_PROTOCOL,
  encodeLine,
  MAX_CLIENT_LINE,
  MAX_SERVER_LINE,
  mismatchMessage,
  type EndpointErrorCode,
  type EndpointRole,
  type ServerMessage,
} from './protocol';
import {
  claimAddress,
  EndpointSetupError,
  preparePrivateDir,
  removeQuietly,
  writeToken,
} from './run-dir';

/** What the endpoint serves: the core's own snapshot stream, unchanged (stale and errors too). */
export interface SnapshotSource {
  snapshot(): Snapshot;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  staleAfterMinutes(): number;
}

export interface EndpointServerOptions {
  runDir: string;
  role: EndpointRole;
  source: SnapshotSource;
  logger: Logger;
  platform?: NodeJS.Platform;
  /** A watcher hears at least this often, so it can tell a stuck server from a quiet one. */
  heartbeatMs?: number;
}

export interface EndpointServer {
  address: string;
  close(): Promise<void>;
}

const HELLO_TIMEOUT_MS = 5_000;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startEndpointServer(options: EndpointServerOptions): Promise<EndpointServer> {
  const platform = options.platform ?? process.platform;
  const location = endpointLocation(options.runDir, platform);
  if (platform !== 'win32' && Buffer.byteLength(location.address) > MAX_SOCKET_PATH)
    throw new EndpointSetupError(
      `the socket path ${location.address} is longer than ${MAX_SOCKET_PATH} bytes; choose a shorter state dir`,
    );
  await preparePrivateDir(location.runDir, platform);
  await claimAddress(location, platform);
  const token = await writeToken(location);
  const { source, logger } = options;
  const heartbeatMs = options.heartbeatMs ?? 20_000;
  const sockets = new Set<Socket>();

  const send = (socket: Socket, message: ServerMessage) => {
    // A watcher that stops reading must not make the server buffer without bound.
    if (socket.writableLength > 4 * MAX_SERVER_LINE) return void socket.destroy();
    socket.write(encodeLine(message));
  };
  const snapshotMessage = (snapshot: Snapshot): ServerMessage => ({
    type: 'snapshot',
    snapshot,
    staleAfterMinutes: source.staleAfterMinutes(),
  });
  const refuse = (socket: Socket, code: EndpointErrorCode, message: string) => {
    send(socket, { type: 'error', code, message, protocol: ENDPOINT_PROTOCOL });
    socket.end();
  };

  const serveWatch = (socket: Socket) => {
    let lastSent = Date.now();
    const push = (snapshot: Snapshot) => {
      lastSent = Date.now();
      send(socket, snapshotMessage(snapshot));
    };
    const off = source.onSnapshot(push);
    const heartbeat = setInterval(
      () => {
        if (Date.now() - lastSent >= heartbeatMs) push(source.snapshot());
      },
      Math.max(50, heartbeatMs / 4),
    );
    socket.once('close', () => {
      off();
      clearInterval(heartbeat);
    });
  };

  const onHello = (socket: Socket, line: string) => {
    const value = parseJsonLine(line);
    const claimed = claimedProtocol(value);
    if (claimed === null) return refuse(socket, 'bad_request', 'Expected a JSON hello line.');
    if (claimed !== ENDPOINT_PROTOCOL)
      return refuse(
        socket,
        'protocol_mismatch',
        mismatchMessage(ENDPOINT_PROTOCOL, claimed, 'The client'),
      );
    const hello = clientHelloSchema.safeParse(value);
    if (!hello.success) return refuse(socket, 'bad_request', 'The hello line is malformed.');
    if (!sameToken(hello.data.token, token))
      return refuse(socket, 'unauthorized', 'The token does not match this endpoint.');
    send(socket, {
      type: 'hello',
      protocol: ENDPOINT_PROTOCOL,
      role: options.role,
      pid: process.pid,
    });
    send(socket, snapshotMessage(source.snapshot()));
    if (hello.data.want === 'snapshot') socket.end();
    else serveWatch(socket);
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(HELLO_TIMEOUT_MS, () => socket.destroy());
    let greeted = false;
    socket.on(
      'data',
      createLineReader(
        MAX_CLIENT_LINE,
        (line) => {
          if (greeted) return; // After the hello the client has nothing more to say.
          greeted = true;
          socket.setTimeout(0);
          onHello(socket, line);
        },
        () => refuse(socket, 'bad_request', 'Line too long.'),
      ),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(location.address, () => resolve());
  });
  if (platform !== 'win32') await chmod(location.address, 0o600);
  logger.info('local endpoint listening', { address: location.address, role: options.role });

  return {
    address: location.address,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await removeQuietly(location.tokenPath);
      if (platform !== 'win32') await removeQuietly(location.address);
    },
  };
}

// The local endpoint end to end inside one process: a real server on a real Unix socket, the
// real client, a fake snapshot source. Covers the handshake, refusals and what travels.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectEndpoint } from '../../../main/core/endpoint/client';
import { ENDPOINT_PROTOCOL } from '../../../main/core/endpoint/protocol';
import { EndpointSetupError } from '../../../main/core/endpoint/run-dir';
import { startEndpointServer, type EndpointServer } from '../../../main/core/endpoint/server';
import { silentLogger } from '../../../main/core/ports';
import { fakeSource, MINUTE, offlineSession, snapshotAt } from './fixtures';

let root: string;
let runDir: string;
let server: EndpointServer | null;
const now = Date.now();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'glucobar-endpoint-'));
  runDir = join(root, 'run');
  server = null;
});
afterEach(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const start = async (snapshot = snapshotAt(now, now - MINUTE), heartbeatMs?: number) => {
  const fake = fakeSource(snapshot);
  server = await startEndpointServer({
    runDir,
    role: 'daemon',
    source: fake.source,
    logger: silentLogger,
    ...(heartbeatMs ? { heartbeatMs } : {}),
  });
  return fake;
};

/** Sends one raw line and collects what the server answers until it closes. */
function rawExchange(line: string): Promise<string[]> {
  return new Promise((resolve) => {
    const socket = connect(join(runDir, 'glucobar.sock'));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('close', () => resolve(data.trim().split('\n').filter(Boolean)));
    socket.write(`${line}\n`);
  });
}

const token = () => readFileSync(join(runDir, 'endpoint.token'), 'utf8').trim();

describe('the endpoint server', () => {
  it('creates a 0700 run dir, a 0600 socket and a 0600 token, and removes both on close', async () => {
    await start();
    expect(statSync(runDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(runDir, 'glucobar.sock')).mode & 0o777).toBe(0o600);
    expect(statSync(join(runDir, 'endpoint.token')).mode & 0o777).toBe(0o600);
    await server!.close();
    server = null;
    expect(() => statSync(join(runDir, 'glucobar.sock'))).toThrow();
    expect(() => statSync(join(runDir, 'endpoint.token'))).toThrow();
  });

  it('answers a hello with its own hello and the current snapshot', async () => {
    const fake = await start();
    const lines = await rawExchange(
      JSON.stringify({
        glucobar: 'endpoint',
        protocol: ENDPOINT_PROTOCOL,
        token: token(),
        want: 'snapshot',
      }),
    );
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: 'hello', protocol: 1, role: 'daemon' });
    expect(JSON.parse(lines[1]!)).toEqual({
      type: 'snapshot',
      snapshot: fake.source.snapshot(),
      staleAfterMinutes: 10,
    });
  });

  it('tells a client of another protocol version so, and sends no snapshot', async () => {
    await start();
    const lines = await rawExchange(
      JSON.stringify({ glucobar: 'endpoint', protocol: 2, token: token(), want: 'snapshot' }),
    );
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer).toMatchObject({ type: 'error', code: 'protocol_mismatch', protocol: 1 });
    expect(answer.message).toContain('protocol 2');
  });

  it('refuses a hello without the right token, and a line that never ends', async () => {
    await start();
    const wrong = await rawExchange(
      JSON.stringify({ glucobar: 'endpoint', protocol: 1, token: 'guess', want: 'snapshot' }),
    );
    expect(wrong.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ type: 'error', code: 'unauthorized' }),
    ]);
    const long = await rawExchange('x'.repeat(10_000));
    expect(JSON.parse(long[0]!)).toMatchObject({ type: 'error', code: 'bad_request' });
  });

  it('refuses to start while another server answers on the same run dir', async () => {
    await start();
    await expect(
      startEndpointServer({
        runDir,
        role: 'daemon',
        source: fakeSource(snapshotAt(now, now)).source,
        logger: silentLogger,
      }),
    ).rejects.toBeInstanceOf(EndpointSetupError);
  });

  it('replaces a socket left behind by a process that died', async () => {
    await start();
    const path = join(runDir, 'glucobar.sock');
    // Simulate a crash: the listening socket goes away, its file stays.
    const stale = createServer();
    await server!.close();
    server = null;
    await new Promise<void>((r) => stale.listen(path, () => r()));
    await new Promise<void>((r) => stale.close(() => r()));
    writeFileSync(join(runDir, 'endpoint.token'), 'old\n', { mode: 0o600 });
    await start();
    const outcome = await connectEndpoint(runDir, { want: 'snapshot' });
    expect(outcome.status).toBe('connected');
  });
});

describe('the endpoint client', () => {
  it('says "absent" when nothing runs, so status asks LibreLinkUp itself', async () => {
    expect((await connectEndpoint(runDir, { want: 'snapshot' })).status).toBe('absent');
  });

  it('does not trust a socket, run dir or token with wider bits', async () => {
    await start();
    for (const [path, mode, expected] of [
      [join(runDir, 'glucobar.sock'), 0o666, 'socket has mode 0666'],
      [runDir, 0o755, 'directory has mode 0755'],
      [join(runDir, 'endpoint.token'), 0o644, 'token file has mode 0644'],
    ] as const) {
      const before = statSync(path).mode & 0o777;
      chmodSync(path, mode);
      const outcome = await connectEndpoint(runDir, { want: 'snapshot' });
      chmodSync(path, before);
      expect(outcome).toEqual({ status: 'untrusted', reason: expect.stringContaining(expected) });
    }
  });

  it('reports a server of another protocol version as a clear failure', async () => {
    // A future Glucobar: correct bits and token, but it greets with protocol 2.
    mkdirSync(runDir, { mode: 0o700 });
    writeFileSync(join(runDir, 'endpoint.token'), 't\n', { mode: 0o600 });
    const sockets: Socket[] = [];
    const future = createServer((socket) => {
      sockets.push(socket);
      socket.end(`${JSON.stringify({ type: 'hello', protocol: 2, role: 'app', pid: 1 })}\n`);
    });
    const path = join(runDir, 'glucobar.sock');
    await new Promise<void>((r) => future.listen(path, () => r()));
    chmodSync(path, 0o600);
    try {
      const outcome = await connectEndpoint(runDir, { want: 'snapshot' });
      expect(outcome).toMatchObject({ status: 'failed', code: 'protocol_mismatch' });
      if (outcome.status === 'failed') expect(outcome.message).toContain('protocol 2');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => future.close(() => r()));
    }
  });

  it('streams every change to a watcher, error and stale states unchanged', async () => {
    const fake = await start();
    const outcome = await connectEndpoint(runDir, { want: 'watch' });
    if (outcome.status !== 'connected') throw new Error(outcome.status);
    const first = await outcome.session.next(2_000);
    expect(first).toMatchObject({ snapshot: { session: { status: 'ok' } } });
    const offline = snapshotAt(now, now - 30 * MINUTE, { session: offlineSession });
    fake.emit(offline);
    const second = await outcome.session.next(2_000);
    expect(second).toMatchObject({ snapshot: offline });
    if (second === null || second === 'timeout') throw new Error('no snapshot');
    expect(second.snapshot.current?.stale).toBe(true);
    expect(second.snapshot.session.status).toBe('offline');
    outcome.session.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.listeners.size).toBe(0);
  });

  it('a quiet server still sends a heartbeat snapshot to a watcher', async () => {
    await start(undefined, 200);
    const outcome = await connectEndpoint(runDir, { want: 'watch' });
    if (outcome.status !== 'connected') throw new Error(outcome.status);
    await outcome.session.next(2_000);
    expect(await outcome.session.next(1_000)).toMatchObject({ type: 'snapshot' });
    outcome.session.close();
  });
});

/**
 * A small LibreLinkUp look-alike on 127.0.0.1 that misbehaves on request: HTTP redirects (to a
 * second, "elsewhere" server that records whatever reaches it), huge bodies, gzip bombs, and
 * whatever connections a test puts in (see hostile-payloads.ts). It records every request, so
 * tests can prove where credentials went. Real sockets, so the real CLI, Node's fetch and its
 * decompression are exercised exactly as in use.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { connection, connectionsBody, graphBody, loginBody } from './hostile-payloads';

export type Answer =
  | { kind: 'normal' }
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
  | { kind: 'huge'; bytes: number; declareLength?: boolean }
  | { kind: 'bomb'; bytes: number }
  | { kind: 'json'; status: number; body: unknown };

export type Endpoint = 'login' | 'connections' | 'graph';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HostileServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` (use as `--api-url`). */
  url: string;
  requests: RecordedRequest[];
  /** The connections `/llu/connections` lists (raw JSON objects). */
  connections: unknown[];
  /** When set, the list for the n-th connections request (1-based) instead of `connections`. */
  connectionsFor: ((n: number) => unknown[]) | null;
  answer(endpoint: Endpoint, answer: Answer): void;
  count(endpoint: Endpoint): number;
  close(): Promise<void>;
}

export interface HostileServerOptions {
  connections?: unknown[];
  now?: () => number;
  /** Delay before answering a login, to let parallel first runs overlap. */
  loginDelayMs?: number;
}

const ENDPOINTS: Array<[Endpoint, string, RegExp]> = [
  ['login', 'POST', /^\/llu\/auth\/login$/],
  ['connections', 'GET', /^\/llu\/connections$/],
  ['graph', 'GET', /^\/llu\/connections\/[^/]+\/graph$/],
];

export async function startHostileServer(
  options: HostileServerOptions = {},
): Promise<HostileServer> {
  const now = options.now ?? Date.now;
  const answers = new Map<Endpoint, Answer>();
  const counts = new Map<Endpoint, number>();
  const requests: RecordedRequest[] = [];
  let logins = 0;
  const state: { connections: unknown[]; connectionsFor: ((n: number) => unknown[]) | null } = {
    connectionsFor: null,
    connections: options.connections ?? [
      connection({ patientId: 'p-1', reading: { time: now() - 60_000, mgdl: 120 } }),
    ],
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? '', path, headers: req.headers, body });
    const match = ENDPOINTS.find(([, method, re]) => method === req.method && re.test(path));
    if (!match) return send(res, 404, { status: 404 });
    const endpoint = match[0];
    counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    const answer = answers.get(endpoint) ?? { kind: 'normal' };
    if (answer.kind === 'redirect') {
      res.writeHead(answer.status, { location: answer.location, 'content-type': 'text/plain' });
      res.end('moved');
      return;
    }
    if (answer.kind === 'huge') return sendHuge(res, answer.bytes, answer.declareLength ?? false);
    if (answer.kind === 'bomb') return sendBomb(res, answer.bytes);
    if (answer.kind === 'json') return send(res, answer.status, answer.body);
    if (endpoint === 'login') {
      if (options.loginDelayMs) await new Promise((r) => setTimeout(r, options.loginDelayMs));
      logins += 1;
      return send(res, 200, loginBody(`hostile-token-${logins}`, now()));
    }
    if (endpoint === 'connections') {
      const n = counts.get('connections') ?? 0;
      const list = state.connectionsFor ? state.connectionsFor(n) : state.connections;
      return send(res, 200, connectionsBody(list));
    }
    const first = state.connections[0] ?? connection({ patientId: 'p-1' });
    return send(res, 200, graphBody(first, []));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get connections() {
      return state.connections;
    },
    set connections(list: unknown[]) {
      state.connections = list;
    },
    get connectionsFor() {
      return state.connectionsFor;
    },
    set connectionsFor(make: ((n: number) => unknown[]) | null) {
      state.connectionsFor = make;
    },
    answer: (endpoint, answer) => void answers.set(endpoint, answer),
    count: (endpoint) => counts.get(endpoint) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** Streams `bytes` of whitespace after a JSON prefix, writing only as fast as the client reads. */
function sendHuge(res: ServerResponse, bytes: number, declareLength: boolean): void {
  const prefix = Buffer.from('{"status":0,"data":[');
  res.writeHead(200, {
    'content-type': 'application/json',
    ...(declareLength ? { 'content-length': String(prefix.length + bytes + 2) } : {}),
  });
  res.write(prefix);
  let left = bytes;
  const pump = (): void => {
    while (left > 0) {
      const part = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
      left -= part.length;
      if (!res.write(part)) return void res.once('drain', pump);
    }
    res.end(']}');
  };
  res.on('close', () => {
    left = 0;
  });
  pump();
}

const bombs = new Map<number, Promise<Buffer>>();

/** gzip of `bytes` spaces (about 1000:1), built once per size. */
export function gzipBomb(bytes: number): Promise<Buffer> {
  let made = bombs.get(bytes);
  if (!made) {
    made = new Promise<Buffer>((resolve, reject) => {
      const gzip = createGzip({ level: 9 });
      const out: Buffer[] = [];
      gzip.on('data', (chunk: Buffer) => out.push(chunk));
      gzip.on('end', () => resolve(Buffer.concat(out)));
      gzip.on('error', reject);
      const big = Buffer.alloc(1024 * 1024, 0x20);
      let left = bytes;
      const feed = (): void => {
        while (left > 0) {
          const part = left >= big.length ? big : big.subarray(0, left);
          left -= part.length;
          if (!gzip.write(part)) return void gzip.once('drain', feed);
        }
        gzip.end();
      };
      feed();
    });
    bombs.set(bytes, made);
  }
  return made;
}

async function sendBomb(res: ServerResponse, bytes: number): Promise<void> {
  const compressed = await gzipBomb(bytes);
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    'content-length': String(compressed.length),
  });
  res.end(compressed);
}

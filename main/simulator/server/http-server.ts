/**
 * The real HTTP server on 127.0.0.1: reads bodies (bounded), hands requests to the pipeline or
 * the control API, writes answers, and on close() cancels every held-back answer and destroys
 * every socket so no test leaks a handle. A failure in one request never stops the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Clock, Logger } from '../../core/ports';
import type { IncomingRequest, Wait } from './pipeline';
import { isDrop, json, text, type SimResponse, type SimResult } from './responses';

const BODY_LIMIT_BYTES = 1_000_000;
export const CONTROL_PREFIX = '/__control';

export interface HttpServerOptions {
  port: number;
  clock: Clock;
  logger: Logger;
  handle(request: IncomingRequest, wait: Wait): Promise<SimResult | null>;
  control(request: IncomingRequest): Promise<SimResponse>;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > BODY_LIMIT_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function flatten(headers: IncomingMessage['headers']): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = Array.isArray(value) ? value[0] : value;
  }
  return out;
}

function send(res: ServerResponse, response: SimResponse): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': String(Buffer.byteLength(response.body)),
  });
  res.end(response.body);
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const { clock, logger } = options;
  const server = createServer();
  const sockets = new Set<Socket>();
  const pendingWaits = new Set<() => void>();
  let closing = false;

  const wait = (res: ServerResponse, ms: number): Promise<boolean> =>
    closing
      ? Promise.resolve(false)
      : new Promise((resolve) => {
          let settled = false;
          const finish = (completed: boolean) => {
            if (settled) return;
            settled = true;
            clock.clearTimeout(timer);
            res.off('close', abandon);
            pendingWaits.delete(abandon);
            resolve(completed);
          };
          const abandon = () => finish(false);
          const timer = clock.setTimeout(() => finish(true), ms);
          res.on('close', abandon);
          pendingWaits.add(abandon);
        });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = await readBody(req);
      if (body === null) return send(res, text(413, 'Payload Too Large'));
      const request: IncomingRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: flatten(req.headers),
        body,
      };
      if (request.url === CONTROL_PREFIX || request.url.startsWith(`${CONTROL_PREFIX}/`)) {
        return send(res, await options.control(request));
      }
      const result = await options.handle(request, (ms) => wait(res, ms));
      if (result === null) return void res.destroy();
      if (isDrop(result)) return void req.socket.destroy();
      send(res, result);
    } catch (error) {
      logger.error('simulator: request failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!res.headersSent) send(res, json(500, { message: 'InternalServerError' }));
      else res.destroy();
    }
  };

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void serve(req, res));
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closed: Promise<void> | null = null;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const abandon of [...pendingWaits]) abandon();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

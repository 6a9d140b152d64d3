/**
 * The local endpoint's wire format (docs/local-endpoint.md): newline-delimited JSON, one object
 * per line, UTF-8. The client speaks first (its hello carries the protocol version and the
 * per-user token), so a process that may only read the socket or pipe learns nothing.
 * Bump ENDPOINT_PROTOCOL whenever a message changes shape; both sides refuse another version.
 */
import { z } from 'zod';
import type { Snapshot } from '../../../common/snapshot';

export const ENDPOINT_PROTOCOL = 1;

/** A hello or request line is tiny; a snapshot is a few kB. Longer lines are refused. */
export const MAX_CLIENT_LINE = 4096;
export const MAX_SERVER_LINE = 1_048_576;

export type EndpointRole = 'app' | 'daemon';

export type ClientHello = {
  glucobar: 'endpoint';
  protocol: number;
  token: string;
  /** `snapshot`: one snapshot, then the server closes; `watch`: every change until either closes. */
  want: 'snapshot' | 'watch';
};

export type ServerMessage =
  | { type: 'hello'; protocol: number; role: EndpointRole; pid: number }
  | { type: 'snapshot'; snapshot: Snapshot; staleAfterMinutes: number }
  | { type: 'error'; code: EndpointErrorCode; message: string; protocol: number };

export type EndpointErrorCode = 'protocol_mismatch' | 'unauthorized' | 'bad_request';

/** Only the version is read before anything else, so a peer of another version gets a clear answer. */
const versionOnly = z.object({ protocol: z.number().int() }).passthrough();

export const clientHelloSchema = z.object({
  glucobar: z.literal('endpoint'),
  protocol: z.literal(ENDPOINT_PROTOCOL),
  token: z.string().min(1).max(256),
  want: z.enum(['snapshot', 'watch']),
});

/** The client checks the fields it relies on; the rest of the snapshot passes as the core built it. */
const snapshotShape = z
  .object({
    generatedAt: z.number(),
    session: z.object({ status: z.string(), message: z.string() }).passthrough(),
    current: z.object({ time: z.number(), stale: z.boolean() }).passthrough().nullable(),
  })
  .passthrough();

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    protocol: z.number().int(),
    role: z.enum(['app', 'daemon']),
    pid: z.number().int(),
  }),
  z.object({
    type: z.literal('snapshot'),
    snapshot: snapshotShape,
    staleAfterMinutes: z.number().positive(),
  }),
  z.object({
    type: z.literal('error'),
    code: z.enum(['protocol_mismatch', 'unauthorized', 'bad_request']),
    message: z.string(),
    protocol: z.number().int(),
  }),
]);

/** The protocol version a line claims, or null when it is not a versioned object at all. */
export function claimedProtocol(value: unknown): number | null {
  const parsed = versionOnly.safeParse(value);
  return parsed.success ? parsed.data.protocol : null;
}

export const encodeLine = (message: ClientHello | ServerMessage): string =>
  `${JSON.stringify(message)}\n`;

export function mismatchMessage(ours: number, theirs: number, who: string): string {
  return `${who} speaks local endpoint protocol ${theirs}, this Glucobar speaks ${ours}: update or restart the older one.`;
}

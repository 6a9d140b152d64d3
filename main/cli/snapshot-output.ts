/**
 * One status line or JSON object from a whole snapshot, whoever built it: the daemon, the app
 * (through the local endpoint) or this command's own poller (`status --watch`). A session that is
 * not `ok` is printed as the error it is, never as a value.
 */
import type { Snapshot } from '../../common/snapshot';
import { statusJson, statusLine } from './output';

export type StatusSource = 'app' | 'daemon' | 'direct';

/** Puts `source` right after `ok`, where a reader looks first. */
export function withSource(
  result: Record<string, unknown>,
  source: StatusSource,
): Record<string, unknown> {
  return { ok: result.ok, source, ...result };
}

export function sessionErrorJson(snapshot: Snapshot, now: number): Record<string, unknown> {
  const { session } = snapshot;
  return {
    ok: false,
    error: {
      code: session.status,
      message: session.message,
      ...(session.retryAt !== null
        ? { retryAfterSeconds: Math.max(0, Math.ceil((session.retryAt - now) / 1000)) }
        : {}),
      ...(session.document ? { document: session.document } : {}),
      ...(session.minimumVersion ? { minimumVersion: session.minimumVersion } : {}),
    },
  };
}

/** What `status` prints for a snapshot, and its exit status (0 a value, 1 an error state). */
export function renderSnapshot(
  snapshot: Snapshot,
  options: { json: boolean; source: StatusSource; now: number },
): { line: string; code: number } {
  const failed = snapshot.session.status !== 'ok';
  if (failed) {
    const line = options.json
      ? JSON.stringify(withSource(sessionErrorJson(snapshot, options.now), options.source))
      : `⚠ ${snapshot.session.message}`;
    return { line, code: 1 };
  }
  const line = options.json
    ? JSON.stringify(withSource(statusJson(snapshot), options.source))
    : statusLine(snapshot);
  return { line, code: 0 };
}

/** An endpoint problem as a status line: the caller learns why no value is shown. */
export function renderProblem(
  code: string,
  message: string,
  options: { json: boolean; source: StatusSource },
): string {
  return options.json
    ? JSON.stringify(withSource({ ok: false, error: { code, message } }, options.source))
    : `⚠ ${message}`;
}

/**
 * The persisted session (token cache): loaded once on first use, saved on every change.
 * Store failures are logged and tolerated: the session keeps working in memory, and the
 * client must not fail a glucose read because a disk write failed.
 */
import type { KeyValueStore, Logger } from '../ports';
import { storedSessionSchema, type StoredSession } from './stored-session';

/** A token is not used in its last minute, so a request never races its expiry. */
const EXPIRY_MARGIN_MS = 60_000;

export function hasUsableToken(session: StoredSession | null, now: number): boolean {
  return (
    session !== null &&
    session.token !== '' &&
    session.userId !== '' &&
    session.expiresAt - EXPIRY_MARGIN_MS > now
  );
}

export interface SessionKeeper {
  /** Reads the store the first time; later calls return the in-memory session. */
  load(): Promise<StoredSession | null>;
  current(): StoredSession | null;
  /** Replaces the session (null clears it) and persists that. */
  set(session: StoredSession | null): Promise<void>;
}

export function createSessionKeeper(
  store: KeyValueStore<StoredSession>,
  logger: Logger,
): SessionKeeper {
  let session: StoredSession | null = null;
  let replaced = false;
  let loading: Promise<void> | null = null;
  // Writes are chained so a slow write can never land after a newer one.
  let writes: Promise<void> = Promise.resolve();

  async function read(): Promise<void> {
    try {
      const stored = await store.read();
      if (stored === undefined) return;
      const parsed = storedSessionSchema.safeParse(stored);
      if (replaced) return;
      if (parsed.success) session = parsed.data;
      else logger.warn('llu: ignoring an unreadable stored session');
    } catch {
      logger.warn('llu: could not read the stored session');
    }
  }

  function persist(next: StoredSession | null): Promise<void> {
    writes = writes.then(async () => {
      try {
        if (next === null) await store.clear();
        else await store.write(next);
      } catch {
        logger.warn('llu: could not save the session');
      }
    });
    return writes;
  }

  return {
    async load() {
      loading ??= read();
      await loading;
      return session;
    },
    current: () => session,
    set(next) {
      // A set before the first load wins over whatever the store held.
      loading ??= Promise.resolve();
      replaced = true;
      session = next;
      return persist(next);
    },
  };
}

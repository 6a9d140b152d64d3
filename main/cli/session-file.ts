import { join } from 'node:path';
import { z } from 'zod';
import { hasUsableToken } from '../core/llu/session';
import { storedSessionSchema, type StoredSession } from '../core/llu/stored-session';
import type { KeyValueStore } from '../core/ports';
import { createJsonFileStore } from '../core/storage/json-file-store';
import { cleanServerText } from '../core/text/server-text';
import type { LoginLock } from './login-lock';
import type { StateWarnings } from './state-warnings';

export interface SessionFileOptions {
  /** Where a failed save is reported (the value is still printed). */
  warnings?: StateWarnings;
  /** Makes parallel first runs share one login (see login-lock.ts). */
  lock?: LoginLock;
  now?: () => number;
}

/**
 * The CLI's token cache: `<state-dir>/session.json`, file mode 0600, readable only by its owner.
 * It is the only secret the command keeps at rest; the password is never written anywhere.
 * A damaged file reads as "no session" (the next run logs in once and rewrites it).
 */
export function createSessionFile(
  stateDir: string,
  options: SessionFileOptions = {},
): KeyValueStore<StoredSession> {
  const file = createJsonFileStore(join(stateDir, 'session.json'), {
    mode: 0o600,
    parse: (raw) => {
      const parsed = storedSessionSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
  });
  const { lock, warnings } = options;
  const now = options.now ?? Date.now;
  const usable = (session: StoredSession | undefined) => hasUsableToken(session ?? null, now());
  return {
    async read() {
      const stored = await file.read();
      if (lock === undefined || usable(stored) || (await lock.tryTake())) return stored;
      // Another run is signing in: wait for its token instead of logging in a second time.
      await lock.waitForRelease();
      const fresh = await file.read();
      if (!usable(fresh)) await lock.tryTake();
      return fresh;
    },
    async write(value) {
      try {
        await file.write(value);
      } catch (error) {
        warnings?.add('the session token', error);
        throw error;
      } finally {
        if (usable(value)) await lock?.release();
      }
    },
    async clear() {
      try {
        await file.clear();
      } catch (error) {
        warnings?.add('the session token', error);
        throw error;
      }
    },
  };
}

const patientNamesSchema = z.record(z.string(), z.string());

/**
 * Names of the patients seen, so `glucobar export` can work offline with names. Names are
 * cleaned again on reading: a file written by an older version may hold them raw.
 */
export function createPatientNamesFile(stateDir: string): KeyValueStore<Record<string, string>> {
  return createJsonFileStore(join(stateDir, 'patients.json'), {
    mode: 0o600,
    parse: (raw) => {
      const parsed = patientNamesSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      return Object.fromEntries(
        Object.entries(parsed.data).map(([id, name]) => [id, cleanServerText(name)]),
      );
    },
  });
}

import { join } from 'node:path';
import { z } from 'zod';
import { storedSessionSchema } from '../core/llu/session';
import type { StoredSession } from '../core/llu/types';
import type { KeyValueStore } from '../core/ports';
import { createJsonFileStore } from '../core/storage/json-file-store';

/**
 * The CLI's token cache: `<state-dir>/session.json`, file mode 0600, readable only by its owner.
 * It is the only secret the command keeps at rest; the password is never written anywhere.
 * A damaged file reads as "no session" (the next run logs in once and rewrites it).
 */
export function createSessionFile(stateDir: string): KeyValueStore<StoredSession> {
  return createJsonFileStore(join(stateDir, 'session.json'), {
    mode: 0o600,
    parse: (raw) => {
      const parsed = storedSessionSchema.safeParse(raw);
      return parsed.success ? (parsed.data as StoredSession) : undefined;
    },
  });
}

const patientNamesSchema = z.record(z.string(), z.string());

/** Names of the patients seen, so `glucobar export` can work offline with names. */
export function createPatientNamesFile(stateDir: string): KeyValueStore<Record<string, string>> {
  return createJsonFileStore(join(stateDir, 'patients.json'), {
    mode: 0o600,
    parse: (raw) => {
      const parsed = patientNamesSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
  });
}

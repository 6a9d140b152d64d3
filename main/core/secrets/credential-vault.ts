import type { Credentials } from '../../../common/credentials';
import type { StoredSession } from '../llu/stored-session';
import { silentLogger, type KeyValueStore, type Logger, type SecretBox } from '../ports';
import type { SecretBackendKind } from './backend-kind';
import {
  credentialsSchema,
  parseCredentials,
  parseSession,
  vaultDocumentSchema,
  type VaultDocument,
} from './vault-document';

export type NotPersistedReason =
  'basic_text' | 'unavailable' | 'encryption_failed' | 'storage_failed';
type Entry = 'credentials' | 'session';
type Mode = 'replace' | 'update';

export type PersistOutcome = { persisted: true } | { persisted: false; reason: NotPersistedReason };

export interface VaultStatus {
  hasCredentials: boolean;
  /** True when the credentials would survive a restart (stored as ciphertext). */
  persisted: boolean;
  backend: SecretBackendKind;
  /** Why the credentials are not persisted; null when they are or when there are none. */
  reason: NotPersistedReason | null;
}

/**
 * Main-process only. Nothing here is reachable over IPC except `setCredentials`, `clear` and
 * `status`; `getCredentials` hands the password to the LibreLinkUp client and nobody else.
 */
export interface CredentialVault {
  setCredentials(credentials: Credentials): Promise<PersistOutcome>;
  getCredentials(): Promise<Credentials | null>;
  clear(): Promise<void>;
  status(): Promise<VaultStatus>;
  /** Encrypts everything again with the current key (after a key rotation, or on request). */
  reencryptAll(): Promise<PersistOutcome>;
  /** The person opted in to (or out of) keeping secrets under Linux `basic_text`. */
  setAllowBasicText(allow: boolean): Promise<PersistOutcome>;
  /** The LibreLinkUp token cache, kept encrypted beside the credentials. */
  sessionStore(): KeyValueStore<StoredSession>;
  /**
   * True when saved credentials exist that this run could not read: the key store was
   * unavailable or refused to decrypt them. The person must be told; they are kept.
   */
  hasUnreadableCredentials(): Promise<boolean>;
}

/**
 * Keeps the LibreLinkUp email, password and session token. At rest they exist only as
 * SecretBox ciphertext. When the OS has no real key store (`basic_text`, Linux without a
 * secret service) they stay in memory unless the person explicitly allowed that storage;
 * `unavailable` always means memory only. Decryption failures keep the stored ciphertext
 * (the keychain may just be locked) and simply leave the vault empty for this run.
 */
export function createCredentialVault(
  box: SecretBox,
  store: KeyValueStore<VaultDocument>,
  options: { allowBasicText: boolean; logger?: Logger },
): CredentialVault {
  const logger = options.logger ?? silentLogger;
  let allowBasicText = options.allowBasicText;
  let credentials: Credentials | null = null;
  let session: StoredSession | null = null;
  let stored: Omit<VaultDocument, 'version'> = {};
  let lastSessionJson: string | null = null;
  let credentialsOutcome: PersistOutcome = { persisted: false, reason: 'unavailable' };
  // False while the stored document was never read (key store unavailable at load): until an
  // explicit replacement, background writes must not overwrite what we could not read.
  let storeRead = false;
  let unreadableCredentials = false;
  let queue: Promise<unknown> = Promise.resolve();
  let loaded: Promise<void> | null = null;

  async function backend(): Promise<{ kind: SecretBackendKind; allowed: boolean }> {
    let kind: SecretBackendKind;
    try {
      kind = await box.kind();
    } catch (error) {
      logger.warn('Secret storage backend unknown', { error: errorName(error) });
      kind = 'unavailable';
    }
    return { kind, allowed: kind === 'os' || (kind === 'basic_text' && allowBasicText) };
  }

  async function writeStored(): Promise<void> {
    if (stored.credentials === undefined && stored.session === undefined) await store.clear();
    else await store.write({ version: 1, ...stored });
  }

  async function decryptEntry<T>(cipher: string, parse: (json: string) => T, what: string) {
    try {
      const { value, shouldReEncrypt } = await box.decrypt(cipher);
      return { value: parse(value), shouldReEncrypt };
    } catch (error) {
      logger.warn(`Stored ${what} could not be decrypted; keeping the ciphertext`, {
        error: errorName(error),
      });
      return null;
    }
  }

  async function loadOnce(): Promise<void> {
    const { kind, allowed } = await backend();
    if (kind === 'basic_text' && !allowBasicText) {
      // Consent to basic_text storage was never given or was withdrawn: nothing may remain.
      await store.clear().catch((error: unknown) => {
        logger.error('Could not remove secrets from basic_text storage', {
          error: errorName(error),
        });
      });
      credentialsOutcome = { persisted: false, reason: 'basic_text' };
      return;
    }
    if (!allowed) {
      // Only looks whether credentials are saved; nothing is decrypted or changed.
      const saved = vaultDocumentSchema.safeParse(await store.read().catch(() => undefined));
      unreadableCredentials = saved.success && saved.data.credentials !== undefined;
      return;
    }
    const raw = await store.read().catch(() => undefined);
    storeRead = true;
    const parsed = vaultDocumentSchema.safeParse(raw);
    if (!parsed.success) {
      if (raw !== undefined) logger.warn('Secret store document is not valid; ignoring it');
      return;
    }
    const { version: _version, ...entries } = parsed.data;
    stored = entries;
    const rotate: Entry[] = [];
    if (entries.credentials !== undefined) {
      const entry = await decryptEntry(entries.credentials, parseCredentials, 'credentials');
      if (entry !== null) {
        credentials = entry.value;
        credentialsOutcome = { persisted: true };
        if (entry.shouldReEncrypt) rotate.push('credentials');
      } else {
        unreadableCredentials = true;
      }
    }
    if (entries.session !== undefined) {
      const entry = await decryptEntry(entries.session, parseSession, 'session');
      if (entry !== null) {
        session = entry.value;
        lastSessionJson = JSON.stringify(entry.value);
        if (entry.shouldReEncrypt) rotate.push('session');
      }
    }
    logger.info('Secret vault loaded', {
      backend: kind,
      hasCredentials: credentials !== null,
      hasSession: session !== null,
    });
    if (rotate.length > 0) await persist('key rotation', rotate, 'update');
  }

  /**
   * Encrypts the named entries from memory (a null entry is removed) and rewrites the
   * document; other entries keep their ciphertext, including credentials that could not be
   * decrypted this run.
   * `replace` is an explicit act of the person (new credentials, a storage choice): what is
   * stored is obsolete and may be dropped. `update` is background upkeep (token refresh, key
   * rotation): it never destroys what it did not read, so a key store that is unavailable for
   * a while does not cost the person their saved sign-in. Under `basic_text` without consent
   * the store is always emptied.
   */
  async function persist(why: string, which: Entry[], mode: Mode): Promise<PersistOutcome> {
    const touchesCredentials = which.includes('credentials');
    const wipe = mode === 'replace';
    const { kind, allowed } = await backend();
    if (allowed && !storeRead && !wipe) {
      return fail('unavailable', touchesCredentials);
    }
    if (!allowed) {
      const reason: NotPersistedReason = kind === 'basic_text' ? 'basic_text' : 'unavailable';
      if (kind === 'basic_text' || wipe) {
        stored = {};
        lastSessionJson = null;
        await writeStored().catch((error: unknown) => {
          logger.error('Could not remove stored secrets', { error: errorName(error) });
        });
      }
      if (touchesCredentials || wipe) credentialsOutcome = { persisted: false, reason };
      return { persisted: false, reason };
    }
    const next = { ...stored };
    try {
      for (const entry of which) {
        const plain = entry === 'credentials' ? credentials : session;
        if (plain === null) delete next[entry];
        else next[entry] = await box.encrypt(JSON.stringify(plain));
      }
    } catch (error) {
      logger.error('Encrypting secrets failed', { error: errorName(error), why });
      // Ciphertext of the replaced secrets must not come back after a restart.
      for (const entry of which) delete stored[entry];
      await writeStored().catch(() => undefined);
      return fail('encryption_failed', touchesCredentials);
    }
    try {
      stored = next;
      await writeStored();
      storeRead = true;
    } catch (error) {
      logger.error('Writing encrypted secrets failed', { error: errorName(error), why });
      return fail('storage_failed', touchesCredentials);
    }
    lastSessionJson = session === null ? null : JSON.stringify(session);
    if (touchesCredentials) credentialsOutcome = { persisted: true };
    logger.info('Secrets encrypted and stored', { why });
    return { persisted: true };
  }

  function fail(reason: NotPersistedReason, touchesCredentials: boolean): PersistOutcome {
    const outcome: PersistOutcome = { persisted: false, reason };
    if (touchesCredentials) credentialsOutcome = outcome;
    return outcome;
  }

  function entriesInMemory(): Entry[] {
    const entries: Entry[] = [];
    if (credentials !== null) entries.push('credentials');
    if (session !== null) entries.push('session');
    return entries;
  }

  /** One operation at a time, after the first load, so writes land in call order. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      loaded ??= loadOnce();
      await loaded;
      return task();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const sessionView: KeyValueStore<StoredSession> = {
    read: () => serialised(async () => (session === null ? undefined : structuredClone(session))),
    write: (value) =>
      serialised(async () => {
        session = structuredClone(value);
        if (JSON.stringify(session) === lastSessionJson) return;
        await persist('session', ['session'], 'update');
      }),
    clear: () =>
      serialised(async () => {
        session = null;
        if (stored.session !== undefined) await persist('session cleared', ['session'], 'update');
      }),
  };

  return {
    setCredentials: (input) =>
      serialised(async () => {
        const next = credentialsSchema.safeParse(input);
        if (!next.success) throw new TypeError('Credentials need an email and a password.');
        unreadableCredentials = false;
        const sameAccount =
          credentials !== null && credentials.email.toLowerCase() === next.data.email.toLowerCase();
        credentials = { email: next.data.email, password: next.data.password };
        if (sameAccount) return persist('credentials', ['credentials'], 'replace');
        // A token belongs to the account it was issued for.
        session = null;
        return persist('credentials', ['credentials', 'session'], 'replace');
      }),
    getCredentials: () =>
      serialised(async () => (credentials === null ? null : { ...credentials })),
    clear: () =>
      serialised(async () => {
        credentials = null;
        session = null;
        stored = {};
        lastSessionJson = null;
        unreadableCredentials = false;
        await store.clear();
        storeRead = true;
      }),
    status: () =>
      serialised(async () => {
        const { kind } = await backend();
        const has = credentials !== null;
        return {
          hasCredentials: has,
          persisted: has && credentialsOutcome.persisted,
          backend: kind,
          reason: has && !credentialsOutcome.persisted ? credentialsOutcome.reason : null,
        };
      }),
    reencryptAll: () =>
      serialised(() => persist('re-encrypt requested', entriesInMemory(), 'update')),
    setAllowBasicText: (allow) =>
      serialised(async () => {
        allowBasicText = allow;
        return persist(
          allow ? 'basic_text allowed' : 'basic_text refused',
          entriesInMemory(),
          'replace',
        );
      }),
    sessionStore: () => sessionView,
    hasUnreadableCredentials: () => serialised(async () => unreadableCredentials),
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

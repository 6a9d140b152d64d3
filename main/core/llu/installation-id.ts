/**
 * This installation's id: a random UUID made once and then kept (the CLI's state dir, the
 * app's user data), surviving sign-out and a change of account. LibreLinkUp 5's web sign-in
 * names the installation (`installationId=<GUID>`, header `X-Installation-ID`, see
 * docs/librelinkup.md); the classic API sends no device id, so today the id only reaches the
 * sign-in method (sign-in.ts), ready for a web sign-in.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { KeyValueStore, Logger } from '../ports';
import { createJsonFileStore } from '../storage/json-file-store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isInstallationId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export interface InstallationId {
  /** The kept id; made and saved on first use. */
  get(): Promise<string>;
}

export function createInstallationId(store: KeyValueStore<string>, logger: Logger): InstallationId {
  let id: Promise<string> | null = null;

  async function readOrMake(): Promise<string> {
    const stored = await store.read().catch(() => undefined);
    if (isInstallationId(stored)) return stored;
    const made = randomUUID();
    // Not saved means a new id next start, which a sign-in survives: warn, never fail a call.
    await store.write(made).catch(() => logger.warn('llu: could not save the installation id'));
    return made;
  }

  return {
    get() {
      id ??= readOrMake();
      return id;
    },
  };
}

/** `<dir>/installation.json`: `{"installationId": "<uuid>"}`, not a secret. */
export function installationIdFile(dir: string): KeyValueStore<string> {
  const file = createJsonFileStore<{ installationId: string }>(join(dir, 'installation.json'), {
    mode: 0o600,
    parse: (raw) => {
      const id = (raw as { installationId?: unknown } | null)?.installationId;
      return isInstallationId(id) ? { installationId: id } : undefined;
    },
  });
  return {
    read: async () => (await file.read())?.installationId,
    write: (installationId) => file.write({ installationId }),
    clear: () => file.clear(),
  };
}

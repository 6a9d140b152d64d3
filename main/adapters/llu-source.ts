import { join } from 'node:path';
import { createLluClient } from '../core/llu/client';
import { installationIdFile } from '../core/llu/installation-id';
import type { LluClient } from '../core/llu/types';
import { systemClock, type Logger } from '../core/ports';
import type { CredentialVault } from '../core/secrets/credential-vault';
import { createMemoryStore } from '../core/storage/memory-store';
import { startDemoSimulator } from '../simulator/demo';
import { createNetFetch } from './net-fetch';

export interface LluSource {
  client: LluClient;
  /** The local demo simulator when the app runs the demo account, else null. */
  demo: { close(): Promise<void> } | null;
  historyDir: string;
  /**
   * Saved credentials exist but the key store could not unlock them. The app then starts
   * signed out, never in the demo: demo values must not pass for the wearer's.
   */
  keyStoreFailed: boolean;
}

/**
 * The account the app follows: the stored LibreLinkUp credentials, or — with `--demo` or when
 * none are stored — the built-in demo account on a local simulator (its own history folder,
 * a token that is never persisted).
 */
export async function openLluSource(options: {
  vault: CredentialVault;
  userData: string;
  forceDemo: boolean;
  logger: Logger;
  /** The announced LibreLinkUp version (advanced setting), read on every request. */
  clientVersion?: () => string;
}): Promise<LluSource> {
  const stored = await options.vault.getCredentials();
  const keyStoreFailed = !stored && (await options.vault.hasUnreadableCredentials());
  const demo =
    options.forceDemo || (!stored && !keyStoreFailed)
      ? await startDemoSimulator({ logger: options.logger })
      : null;
  const client = createLluClient({
    fetch: createNetFetch(),
    clock: systemClock,
    logger: options.logger,
    credentials: demo ? demo.demo : stored,
    sessionStore: demo ? createMemoryStore() : options.vault.sessionStore(),
    // Kept beside the settings, outside the vault: not a secret, and it outlives a sign-out.
    installationStore: demo ? createMemoryStore() : installationIdFile(options.userData),
    ...(demo ? { apiUrl: demo.apiUrl } : {}),
    ...(options.clientVersion ? { clientVersion: options.clientVersion } : {}),
  });
  return {
    client,
    demo,
    historyDir: join(options.userData, demo ? 'demo-history' : 'history'),
    keyStoreFailed: keyStoreFailed && !demo,
  };
}

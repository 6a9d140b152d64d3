import { app } from 'electron';
import { createTranslator } from '../../common/i18n/catalogs';
import type { Snapshot } from '../../common/snapshot';
import type { Logger } from '../core/ports';
import type { CredentialVault, NotPersistedReason } from '../core/secrets/credential-vault';
import { APP_ORIGIN } from '../core/window/app-origin';
import { mapDomainError } from '../ipc/handlers';
import { createIpcRouter, IpcFailure, type IpcHandlers } from '../ipc/router';
import { createSenderPolicy } from '../ipc/sender-policy';
import { createIpcMainAdapter } from './ipc-main';

/** The popover's IPC surface: the handlers behind the router's sender check. */
export function serveIpc(options: {
  handlers: IpcHandlers;
  vault: CredentialVault;
  /** True while the demo account runs. */
  demo: boolean;
  logger: Logger;
  /** Its snapshot's locale is the language of the failures it answers with. */
  core: { snapshot(): Snapshot };
}): { dispose(): void } {
  const { handlers, vault } = options;
  if (options.demo) {
    // Signing in from the demo restarts into the real account (the demo client talks to the
    // simulator).
    handlers.signIn = async (credentials) => {
      const outcome = await vault.setCredentials(credentials);
      if (!outcome.persisted) {
        // The restart would start without them (memory only) and land in the demo again.
        await vault.clear();
        throw new IpcFailure('storage_failed', cannotLeaveDemo(outcome.reason));
      }
      app.relaunch({ args: process.argv.slice(1).filter((arg) => arg !== '--demo') });
      app.quit();
      return null;
    };
  }
  return createIpcRouter(createIpcMainAdapter(), {
    isTrustedSender: createSenderPolicy(APP_ORIGIN).isTrustedSender,
    handlers,
    logger: options.logger,
    mapError: (error) => mapDomainError(error, createTranslator(options.core.snapshot().locale)),
  });
}

/** Why a sign-in from the demo cannot go ahead, and what the person can do about it. */
export function cannotLeaveDemo(reason: NotPersistedReason): string {
  if (reason === 'basic_text') {
    // Settings are out of reach while signed out, so the way there is spelled out.
    return (
      'This system has no key store, so Glucobar cannot keep your sign-in while it restarts ' +
      'out of the demo. To keep it obfuscated instead: quit and start Glucobar again (it opens ' +
      'the demo), turn on “Without a system key store, still remember my password” in ' +
      'Settings, then sign out there and sign in.'
    );
  }
  return (
    'The system key store (Keychain, Credential Manager or Secret Service) did not store your ' +
    'sign-in, so Glucobar cannot keep it while it restarts out of the demo. Unlock the key ' +
    'store, or allow Glucobar to use it, and sign in again.'
  );
}

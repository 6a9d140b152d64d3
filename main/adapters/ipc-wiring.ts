import { app } from 'electron';
import { createTranslator } from '../../common/i18n/catalogs';
import type { Snapshot } from '../../common/snapshot';
import type { Translator } from '../../common/i18n/translate';
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
  const words = () => createTranslator(options.core.snapshot().locale);
  if (options.demo) {
    // Signing in from the demo restarts into the real account (the demo client talks to the
    // simulator).
    handlers.signIn = async (credentials) => {
      const outcome = await vault.setCredentials(credentials);
      if (!outcome.persisted) {
        // The restart would start without them (memory only) and land in the demo again.
        await vault.clear();
        throw new IpcFailure('storage_failed', cannotLeaveDemo(outcome.reason, words()));
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
    mapError: (error) => mapDomainError(error, words()),
    words,
  });
}

/** Why a sign-in from the demo cannot go ahead, and what the person can do about it. */
export function cannotLeaveDemo(reason: NotPersistedReason, i18n: Translator): string {
  // Without a key store, Settings are out of reach while signed out: the way there is spelled out.
  if (reason !== 'basic_text') return i18n.t('result.demoKeyStoreFailed');
  return i18n.t('result.demoNoKeyStore', { setting: i18n.t('settings.rememberWithoutKeyStore') });
}

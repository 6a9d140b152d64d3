import { app } from 'electron';
import type { Logger } from '../core/ports';
import type { CredentialVault } from '../core/secrets/credential-vault';
import { APP_ORIGIN } from '../core/window/app-origin';
import { mapDomainError } from '../ipc/handlers';
import { createIpcRouter, type IpcHandlers } from '../ipc/router';
import { createSenderPolicy } from '../ipc/sender-policy';
import { createIpcMainAdapter } from './ipc-main';

/** The popover's IPC surface: the handlers behind the router's sender check. */
export function serveIpc(options: {
  handlers: IpcHandlers;
  vault: CredentialVault;
  /** True while the demo account runs. */
  demo: boolean;
  logger: Logger;
}): { dispose(): void } {
  const { handlers, vault } = options;
  if (options.demo) {
    // Signing in from the demo restarts into the real account (the demo client talks to the
    // simulator).
    handlers.signIn = async (credentials) => {
      await vault.setCredentials(credentials);
      app.relaunch({ args: process.argv.slice(1).filter((arg) => arg !== '--demo') });
      app.quit();
      return null;
    };
  }
  return createIpcRouter(createIpcMainAdapter(), {
    isTrustedSender: createSenderPolicy(APP_ORIGIN).isTrustedSender,
    handlers,
    logger: options.logger,
    mapError: mapDomainError,
  });
}

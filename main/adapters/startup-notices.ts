import { app } from 'electron';
import type { Notice } from '../core/app/notice';
import type { Account } from './account';

/** The notices for this run, from the opened account. */
export async function accountNotices(account: Account): Promise<Notice[]> {
  const secrets = await account.vault.status();
  const demo = account.source.demo !== null;
  return startupNotices({
    settingsNotice: account.settingsNotice,
    keyStoreFailed: account.source.keyStoreFailed,
    memoryOnly: !demo && secrets.hasCredentials && !secrets.persisted,
    rememberAnyway: account.settings.get().rememberWithoutKeyStore,
  });
}

/** Notices about how this run started, for the person to read in the popover. */
export function startupNotices(input: {
  settingsNotice: Notice | null;
  /** Saved credentials exist but the key store could not unlock them. */
  keyStoreFailed: boolean;
  /** Credentials are known but kept in memory only (no key store). */
  memoryOnly: boolean;
  /** The person allowed storage under Linux basic_text (Settings). */
  rememberAnyway: boolean;
}): Notice[] {
  const notices: Notice[] = [];
  if (input.settingsNotice) notices.push(input.settingsNotice);
  if (input.keyStoreFailed) {
    notices.push({ key: 'notice.keyStoreFailed' });
  }
  if (input.memoryOnly) {
    notices.push({
      key: input.rememberAnyway ? 'notice.memoryOnlyObfuscationFailed' : 'notice.memoryOnly',
    });
  }
  // electron-builder's AppImage launcher adds --no-sandbox where the kernel refuses the user
  // namespaces Chromium's sandbox needs (Ubuntu 24.04+, AppArmor): say so, and what helps.
  if (app.commandLine.hasSwitch('no-sandbox')) {
    notices.push({ key: 'notice.noSandbox' });
  }
  return notices;
}

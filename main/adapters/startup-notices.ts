import { app } from 'electron';
import type { Account } from './account';

/** The notices for this run, from the opened account. */
export async function accountNotices(account: Account): Promise<string[]> {
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
  settingsNotice: string | null;
  /** Saved credentials exist but the key store could not unlock them. */
  keyStoreFailed: boolean;
  /** Credentials are known but kept in memory only (no key store). */
  memoryOnly: boolean;
  /** The person allowed storage under Linux basic_text (Settings). */
  rememberAnyway: boolean;
}): string[] {
  const notices: string[] = [];
  if (input.settingsNotice) notices.push(input.settingsNotice);
  if (input.keyStoreFailed) {
    notices.push(
      'The system key store (Keychain, Credential Manager or Secret Service) did not unlock your saved LibreLinkUp sign-in, so Glucobar is signed out. Nothing was deleted: unlock the key store and restart Glucobar, or sign in again.',
    );
  }
  if (input.memoryOnly) {
    notices.push(
      input.rememberAnyway
        ? 'This system offers no key store and storing the password obfuscated failed, so your LibreLinkUp password is kept in memory only and must be entered again after a restart.'
        : 'This system offers no key store, so your LibreLinkUp password is kept in memory only and must be entered again after a restart (Settings can remember it anyway, obfuscated only).',
    );
  }
  // electron-builder's AppImage launcher adds --no-sandbox where the kernel refuses the user
  // namespaces Chromium's sandbox needs (Ubuntu 24.04+, AppArmor): say so, and what helps.
  if (app.commandLine.hasSwitch('no-sandbox')) {
    notices.push(
      'Glucobar runs without Chromium’s sandbox because this system restricts user namespaces (Ubuntu 24.04 and later). Installing the .deb package keeps the sandbox on.',
    );
  }
  return notices;
}

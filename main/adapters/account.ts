import { join } from 'node:path';
import { openHistory, type HistoryStore } from '../core/history';
import { systemClock, type Logger } from '../core/ports';
import { createCredentialVault, type CredentialVault } from '../core/secrets/credential-vault';
import { vaultDocumentSchema } from '../core/secrets/vault-document';
import { createSettingsService, type SettingsService } from '../core/settings/settings-service';
import { createJsonFileStore } from '../core/storage/json-file-store';
import { openLluSource, type LluSource } from './llu-source';
import { createSafeStorageBox } from './safe-storage';
import { createElectronSettingsStore } from './settings-store';
import type { Notice } from '../core/app/notice';

export interface Account {
  settings: SettingsService;
  /** Why the settings file was repaired or reset, for the person; null when it was fine. */
  settingsNotice: Notice | null;
  vault: CredentialVault;
  source: LluSource;
  history: HistoryStore;
}

/**
 * Opens what the app follows, in the order each piece needs the previous one: the settings
 * (they hold the basic_text consent), the credential vault over safeStorage, the LibreLinkUp
 * source (stored account, or the demo), and that account's history.
 */
export async function openAccount(options: {
  userData: string;
  forceDemo: boolean;
  logger: Logger;
}): Promise<Account> {
  const { logger } = options;
  const settings = createSettingsService(createElectronSettingsStore(), logger);
  const { notice } = await settings.load();
  const remember = () => settings.get().rememberWithoutKeyStore;
  const vault = createCredentialVault(
    createSafeStorageBox(process.platform, remember),
    createJsonFileStore(join(options.userData, 'secrets.json'), {
      parse: (raw) => vaultDocumentSchema.parse(raw),
    }),
    { allowBasicText: remember(), logger },
  );
  const source = await openLluSource({
    vault,
    userData: options.userData,
    forceDemo: options.forceDemo,
    logger,
    clientVersion: () => settings.get().lluClientVersion,
  });
  const history = openHistory({ dir: source.historyDir, clock: systemClock, logger });
  return { settings, settingsNotice: notice, vault, source, history };
}

// Thin adapter from the update controller's port to electron-updater; every decision (when to
// check, when to offer, backoff, never during an alarm) is in main/core/updates. The controller
// downloads explicitly, so autoDownload is off; a downloaded update also installs when the person
// quits (autoInstallOnAppQuit), never by a forced restart. API: electron-updater AppUpdater
// (checkForUpdates → UpdateCheckResult.isUpdateAvailable/updateInfo.version, downloadUpdate,
// quitAndInstall), electron.build "Auto Update".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import electronUpdater from 'electron-updater';
import type { Logger } from '../core/ports';
import { cleanServerText } from '../core/text/server-text';
import type { UpdatePort } from '../core/ports';

/** electron-builder's `resources/package-type` (deb, rpm, pacman), null for AppImage, mac, win. */
export function packageType(): string | null {
  try {
    return readFileSync(join(process.resourcesPath, 'package-type'), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/**
 * `openReleasesPage` is the app's one allow-listed opener (the IPC handlers' openLink with the
 * `releases` id), so no second shell.openExternal exists (security checklist: one audited door).
 */
export function createElectronUpdatePort(logger: Logger, openReleasesPage: () => void): UpdatePort {
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = {
    info: (message?: unknown) => logger.debug(`updater: ${String(message)}`),
    warn: (message?: unknown) => logger.warn(`updater: ${String(message)}`),
    error: (message?: unknown) => logger.warn(`updater: ${String(message)}`),
  };
  return {
    async check() {
      const result = await autoUpdater.checkForUpdates();
      // The version comes from the update feed, a server: cleaned before any view shows it.
      return result?.isUpdateAvailable ? cleanServerText(result.updateInfo.version, 40) : null;
    },
    async download() {
      await autoUpdater.downloadUpdate();
    },
    restartAndInstall: () => autoUpdater.quitAndInstall(),
    openDownloadPage: openReleasesPage,
  };
}

import { homedir } from 'node:os';
import { app, dialog } from 'electron';
import type { Translator } from '../../common/i18n/translate';
import type { Logger } from '../core/ports';
import type { ShimPlatform } from '../core/command/command-shim';
import { installCommand, loginShellPathDirs } from '../core/command/install-command';
import { installWords } from '../core/command/install-words';

/**
 * The tray menu's "Install the glucobar command…": puts a shim on the PATH that runs this app
 * as the command (core/command), then says what happened in a message box.
 */
export async function installCommandFromApp(
  platform: ShimPlatform,
  logger: Logger,
  i18n: Translator,
): Promise<void> {
  // An AppImage runs from a new mount point each time: the shim must start the AppImage file,
  // which its runtime names in APPIMAGE (docs.appimage.org, "Environment variables").
  const appImage = platform === 'linux' ? process.env.APPIMAGE : undefined;
  const command = appImage
    ? [appImage]
    : process.defaultApp
      ? [process.execPath, app.getAppPath()]
      : [process.execPath];
  const outcome = await installCommand({
    platform,
    command,
    home: homedir(),
    env: process.env,
    shellPathDirs: platform === 'darwin' ? await loginShellPathDirs() : [],
  });
  logger.info('glucobar command', { outcome: outcome.kind, path: outcome.path });
  const words = installWords(outcome, platform, i18n);
  await dialog.showMessageBox({
    type: words.tone,
    message: words.message,
    detail: words.detail,
    buttons: [i18n.t('dialog.ok')],
  });
}

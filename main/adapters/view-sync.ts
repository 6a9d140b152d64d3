import type { Snapshot } from '../../common/snapshot';
import type { AppCore } from '../core/app-core';
import type { Logger } from '../core/ports';
import type { CredentialVault } from '../core/secrets/credential-vault';
import type { SettingsService } from '../core/settings/settings-service';
import { popoverBackground } from '../core/window/popover-background';
import { appUsesDarkColors, onThemeChange } from './app-theme';
import { adoptLaunchAtLoginFromOs, type LaunchAtLogin } from './launch-at-login';
import type { PopoverWindow } from './popover-window';
import { onSystemWake } from './power';

/**
 * Keeps every view and OS setting in step with the core, one way: the tray, popover and mini view render
 * each new snapshot they are handed; a settings change reaches the popover, the login item and the
 * vault's basic_text consent; the OS theme sets the popover's pre-paint colour; waking from
 * sleep polls at once. The login item is read back from the OS once (someone may have removed
 * it there). Returns the unsubscribe.
 */
export function keepViewsInStep(options: {
  core: AppCore;
  settings: SettingsService;
  popover: PopoverWindow;
  miniView: { push(snapshot: Snapshot): void };
  tray: { render(snapshot: Snapshot): void };
  vault: CredentialVault;
  launchAtLogin: LaunchAtLogin;
  logger: Logger;
}): () => void {
  const { core, settings, popover, tray, vault, launchAtLogin } = options;
  const warn = (e: Error) => options.logger.warn(e.message);
  const off = [
    core.onSnapshot((snapshot) => {
      tray.render(snapshot);
      popover.push('snapshot', snapshot);
      options.miniView.push(snapshot);
    }),
    settings.onChange((next) => {
      popover.push('settings', next);
      void launchAtLogin.set(next.launchAtLogin).catch(warn);
      void vault.setAllowBasicText(next.rememberWithoutKeyStore).catch(warn);
    }),
    onThemeChange(() => popover.setBackgroundColor(popoverBackground(appUsesDarkColors()))),
    onSystemWake(() => core.resume()),
  ];
  void adoptLaunchAtLoginFromOs(launchAtLogin, settings).catch(warn);
  return () => off.forEach((unsubscribe) => unsubscribe());
}

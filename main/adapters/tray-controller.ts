import { app } from 'electron';
import type { AppCore } from '../core/app-core';
import type { Logger } from '../core/ports';
import type { SettingsService } from '../core/settings/settings-service';
import { createIconSetCache } from '../core/tray/icon-set';
import type { TrayPlatform } from '../core/tray/tray-model';
import { createTrayPresenter } from '../core/tray/tray-presenter';
import { runTrayAction, trayViewFor } from '../core/tray/tray-view';
import { createElectronTray } from './electron-tray';
import type { PopoverWindow } from './popover-window';

/** Wires the tray: clicks open the popover, menu items act on core, snapshots re-render it. */
export function createTrayController(options: {
  trayImagesDir: string;
  fallbackIconPath: string;
  platform: TrayPlatform;
  core: AppCore;
  settings: SettingsService;
  popover: PopoverWindow;
  logger: Logger;
}): { render(): void; destroy(): void } {
  const { core, settings, popover, platform, logger } = options;
  const actions = {
    selectPatient: (id: string) => core.selectPatient(id),
    updateSettings: settings.update,
    refreshNow: () => core.refreshNow(),
    openPopover: () => popover.show(tray.bounds()),
    pauseAlarms: (minutes: number | null) => core.pauseAlarms(minutes),
    resumeAlarms: () => core.pauseAlarms(null),
    quit: () => app.quit(),
  };
  const tray = createElectronTray({
    trayImagesDir: options.trayImagesDir,
    fallbackIconPath: options.fallbackIconPath,
    platform,
    onClick: (bounds) => {
      core.popoverOpened();
      popover.toggle(bounds);
    },
    onAction: (action) =>
      void runTrayAction(action, actions).catch((e: Error) => logger.warn(e.message)),
  });
  const presenter = createTrayPresenter(tray.port, {
    platform,
    renderIcons: createIconSetCache(),
    logger,
  });
  return {
    render() {
      const view = trayViewFor(core.snapshot(), settings.get(), platform);
      presenter.render(view.model, view.menu);
    },
    destroy: () => tray.destroy(),
  };
}

import { app, screen } from 'electron';
import { createTranslator } from '../../common/i18n/catalogs';
import type { Snapshot } from '../../common/snapshot';
import type { AppCore } from '../core/app-core';
import type { Logger } from '../core/ports';
import type { SettingsService } from '../core/settings/settings-service';
import { createIconSetCache } from '../core/tray/icon-set';
import type { TrayPlatform } from '../core/tray/tray-model';
import { createTrayPresenter } from '../core/tray/tray-presenter';
import { runTrayAction, trayViewFor } from '../core/tray/tray-view';
import type { MiniStackingLimit } from '../core/window/mini-stacking';
import { installCommandFromApp } from './command-install';
import { createElectronTray } from './electron-tray';
import type { MiniView } from './mini-window';
import type { PopoverWindow } from './popover-window';

/**
 * Wires the tray: clicks open the popover, menu items act on core, and each snapshot it is
 * handed (`core.onSnapshot((s) => tray.render(s))` in main/index.ts) is what it shows: it never
 * reads core or settings to decide what to draw.
 */
export function createTrayController(options: {
  trayImagesDir: string;
  fallbackIconPath: string;
  platform: TrayPlatform;
  core: AppCore;
  settings: SettingsService;
  popover: PopoverWindow;
  logger: Logger;
  /** The tray menu's update item (restart, or the download page). */
  acceptUpdate: () => void;
  /** The mini view behind the menu's checkbox, and that checkbox's label for this desktop. */
  miniView: Pick<MiniView, 'isOpen' | 'setOpen' | 'onChange'>;
  /** What this desktop does not allow the mini view (its menu label says so). */
  miniViewLimit: MiniStackingLimit;
}): {
  render(snapshot: Snapshot): void;
  openPopover(): void;
  destroy(): void;
} {
  const { core, settings, popover, platform, logger } = options;
  const actions = {
    selectPatient: (id: string) => core.selectPatient(id),
    updateSettings: settings.update,
    refreshNow: () => core.refreshNow(),
    // Where the menu is the only way in (AppIndicator, Wayland) it must also close the popover,
    // which may never see a blur there.
    openPopover: () => (popover.isVisible() ? popover.hide() : openPopover()),
    pauseAlarms: (minutes: number | null) => core.pauseAlarms(minutes),
    resumeAlarms: () => core.pauseAlarms(null),
    acceptUpdate: options.acceptUpdate,
    setMiniView: (open: boolean) => options.miniView.setOpen(open),
    installCommand: () =>
      installCommandFromApp(platform, logger, createTranslator(core.snapshot().locale)),
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
    onDoubleClick: (bounds) => {
      if (!popover.isVisible()) popover.show(bounds);
    },
    onAction: (action) =>
      void runTrayAction(action, actions).catch((e: Error) => logger.warn(e.message)),
  });
  const presenter = createTrayPresenter(tray.port, {
    platform,
    renderIcons: createIconSetCache(),
    logger,
  });
  function openPopover(): void {
    core.popoverOpened();
    popover.show(tray.bounds());
  }
  let shown: Snapshot | null = null;
  function render(snapshot: Snapshot): void {
    shown = snapshot;
    const view = trayViewFor(snapshot, platform, {
      miniView: { open: options.miniView.isOpen(), limit: options.miniViewLimit },
    });
    presenter.render(view.model, view.menu);
  }
  // A new scale factor needs another bitmap size (Windows), though the model is unchanged.
  const rescale = (): void => {
    presenter.invalidate();
    if (shown) render(shown);
  };
  screen.on('display-metrics-changed', rescale);
  // The checkbox follows the mini view however it was closed (its button, Alt+F4).
  options.miniView.onChange(() => shown && render(shown));
  return {
    render,
    openPopover,
    destroy() {
      screen.off('display-metrics-changed', rescale);
      tray.destroy();
    },
  };
}

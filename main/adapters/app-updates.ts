// Wires the update controller into the app: only when packaged and not the demo. Its offer goes
// into the core as an event, so the tray menu and the popover show it from the snapshot like
// everything else; `accept` is what their "Update ready — restart" item and button call.
import { app } from 'electron';
import type { AppCore } from '../core/app-core';
import { systemClock, type Logger } from '../core/ports';
import { createUpdateController } from '../core/updates/update-controller';
import { installModeFor, updatesDisabled } from '../core/updates/update-policy';
import { createElectronUpdatePort, packageType } from './updater';

export interface AppUpdates {
  accept(): void;
  stop(): void;
}

export function startAppUpdates(options: {
  demo: boolean;
  core: AppCore;
  logger: Logger;
  openReleasesPage: () => void;
}): AppUpdates {
  const { core, logger } = options;
  const disabled = updatesDisabled({
    isPackaged: app.isPackaged,
    demo: options.demo,
    env: process.env,
  });
  if (disabled) {
    logger.info('updates are off', { reason: disabled });
    return { accept: () => {}, stop: () => {} };
  }
  const controller = createUpdateController({
    port: createElectronUpdatePort(logger, options.openReleasesPage),
    mode: installModeFor(process.platform, packageType()),
    clock: systemClock,
    logger,
    alarmActive: () => core.snapshot().alarms.some((alarm) => alarm.snoozedUntil === null),
  });
  let offered = 'null';
  const offUpdate = controller.onChange(() => {
    const offer = controller.offer();
    // Only a changed offer is an event: alarmsChanged() calls this on every snapshot.
    if (JSON.stringify(offer) === offered) return;
    offered = JSON.stringify(offer);
    core.offerUpdate(offer);
  });
  const offSnapshots = core.onSnapshot(() => controller.alarmsChanged());
  controller.start();
  return {
    accept: () => controller.accept(),
    stop() {
      offUpdate();
      offSnapshots();
      controller.stop();
    },
  };
}

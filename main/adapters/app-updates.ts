// Wires the update controller into the app: only when packaged and not the demo, with the alarm
// state from the core's snapshot. Until the tray menu and popover carry an update item (not done),
// the offer appears as a popover notice; a downloaded update installs when the person quits.
import type { AppCore } from '../core/app-core';
import type { Clock, Logger } from '../core/ports';
import { createUpdateController, type UpdateController } from '../core/updates/update-controller';
import { installModeFor, updatesDisabled } from '../core/updates/update-policy';
import { createElectronUpdatePort, packageType } from './updater';

export function startAppUpdates(options: {
  isPackaged: boolean;
  demo: boolean;
  core: AppCore;
  clock: Clock;
  logger: Logger;
  openReleasesPage: () => void;
}): UpdateController | null {
  const { core, logger } = options;
  const disabled = updatesDisabled({ ...options, env: process.env });
  if (disabled) {
    logger.info('updates are off', { reason: disabled });
    return null;
  }
  const controller = createUpdateController({
    port: createElectronUpdatePort(logger, options.openReleasesPage),
    mode: installModeFor(process.platform, packageType()),
    clock: options.clock,
    logger,
    alarmActive: () => core.snapshot().alarms.some((alarm) => alarm.snoozedUntil === null),
  });
  let shown: string | null = null;
  controller.onChange(() => {
    const phase = controller.phase();
    const text =
      phase.kind === 'ready'
        ? `Glucobar ${phase.version} is downloaded and is installed when you quit Glucobar.`
        : phase.kind === 'download-page'
          ? `Glucobar ${phase.version} is available from the project's releases page.`
          : null;
    if (text === shown) return;
    if (shown) core.clearNotice(shown);
    if (text) core.addNotice(text);
    shown = text;
  });
  core.onSnapshot(() => controller.alarmsChanged());
  controller.start();
  return controller;
}

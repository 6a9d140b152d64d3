// Electron composition root: wiring only. The lifecycle (single instance, failed start, quit)
// is in adapters/app-lifecycle.ts; every decision lives in main/core.
import { join } from 'node:path';
import { app, shell } from 'electron';
import { openAccount } from './adapters/account';
import { createAlarmNotifier } from './adapters/alarm-notifier';
import { runSingleInstance, type RunningApp } from './adapters/app-lifecycle';
import { installAppMenu } from './adapters/app-menu';
import { appPaths } from './adapters/app-paths';
import { registerAppScheme, serveAppProtocol } from './adapters/app-protocol';
import { serveIpc } from './adapters/ipc-wiring';
import { adoptLaunchAtLoginFromOs, createLaunchAtLogin } from './adapters/launch-at-login';
import { createPopoverWindow } from './adapters/popover-window';
import { onSystemWake } from './adapters/power';
import { createSaveWithDialog } from './adapters/save-dialog';
import { applySessionPolicy } from './adapters/session-policy';
import { accountNotices } from './adapters/startup-notices';
import { startAppUpdates } from './adapters/app-updates';
import { onThemeChange } from './adapters/taskbar-theme';
import { createTrayController } from './adapters/tray-controller';
import { createAppCore } from './core/app-core';
import { serveCoreEndpoint } from './core/endpoint/serve-core';
import { systemClock } from './core/ports';
import { createStderrLogger } from './core/stderr-logger';
import { isWaylandSession } from './core/window/display-server';
import { createPermissionPolicy } from './core/window/permission-policy';
import { createIpcHandlers } from './ipc/handlers';

const APP_ID = 'app.glucobar.desktop';
const platform =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
const logger = createStderrLogger(
  (line) => process.stderr.write(`${line}\n`),
  process.env.GLUCOBAR_LOG,
);
const ozone = app.commandLine.getSwitchValue('ozone-platform');
const wayland = isWaylandSession(process.platform, process.env, ozone);

app.enableSandbox();
registerAppScheme();

async function start(): Promise<RunningApp> {
  const paths = appPaths();
  app.dock?.hide();
  installAppMenu(platform);
  // Before any window exists: the popover's first load needs the app:// handler.
  const served = serveAppProtocol(paths.renderer);
  applySessionPolicy(createPermissionPolicy(logger));
  const forceDemo = process.argv.includes('--demo');
  const account = await openAccount({ userData: paths.userData, forceDemo, logger });
  const { settings, vault, source, history } = account;
  const popover = createPopoverWindow({
    preloadPath: paths.preload,
    served,
    isPinned: () => settings.get().keepPopoverPinned,
    logger,
    size: { width: 380, height: 560 },
    canPosition: !wayland,
  });
  const core = createAppCore({
    clock: systemClock,
    random: Math.random,
    logger,
    client: source.client,
    history,
    settings,
    credentials: {
      save: async (c) => void (await vault.setCredentials(c)),
      clear: () => vault.clear(),
    },
    notifier: createAlarmNotifier({
      appId: APP_ID,
      logger,
      notices: () => core,
      openPopover: () => tray.openPopover(),
    }),
    demo: source.demo !== null,
    hasCredentials: !source.keyStoreFailed,
    localMinutesOfDay: (now) => new Date(now).getHours() * 60 + new Date(now).getMinutes(),
  });
  const tray = createTrayController({
    trayImagesDir: paths.trayImages,
    fallbackIconPath: paths.fallbackIcon,
    platform,
    core,
    settings,
    popover,
    logger,
  });
  const handlers = createIpcHandlers({
    core,
    settings,
    saveFile: createSaveWithDialog(popover.withDialog),
    openExternal: (url) => shell.openExternal(url),
    hidePopover: () => popover.hide(),
    quit: () => app.quit(),
  });
  const ipc = serveIpc({ handlers, vault, demo: source.demo !== null, logger });
  // Status bars and scripts read the value from here instead of opening a second session (#13).
  const endpoint = serveCoreEndpoint({
    runDir: join(paths.userData, 'run'),
    role: 'app',
    core,
    settings,
    logger,
  });
  const launchAtLogin = createLaunchAtLogin();
  const warn = (e: Error) => logger.warn(e.message);
  // Views render what they are handed: one snapshot, every view.
  core.onSnapshot((snapshot) => {
    tray.render(snapshot);
    popover.push('snapshot', snapshot);
  });
  settings.onChange((next) => {
    popover.push('settings', next);
    void launchAtLogin.set(next.launchAtLogin).catch(warn);
    void vault.setAllowBasicText(next.rememberWithoutKeyStore).catch(warn);
  });
  onThemeChange(tray.redraw);
  onSystemWake(() => core.resume());
  for (const text of await accountNotices(account)) core.addNotice(text);
  void adoptLaunchAtLoginFromOs(launchAtLogin, settings).catch(warn);
  // start() publishes the first snapshot (if a notice has not already): the tray draws it.
  core.start();
  const updates = startAppUpdates({
    isPackaged: app.isPackaged,
    demo: source.demo !== null,
    core,
    clock: systemClock,
    logger,
    openReleasesPage: () => void handlers.openLink({ id: 'releases' }).catch(warn),
  });
  return {
    openPopover: () => tray.openPopover(),
    async shutdown() {
      core.stop();
      updates?.stop();
      ipc.dispose();
      popover.destroy();
      tray.destroy();
      await Promise.allSettled([
        history.close(),
        source.demo?.close(),
        endpoint.then((server) => server?.close()),
      ]);
    },
  };
}

runSingleInstance({ start, logger });

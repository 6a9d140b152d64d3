// Electron composition root: wiring only. The lifecycle (single instance, failed start, quit)
// is in adapters/app-lifecycle.ts; every decision lives in main/core. Started as the `glucobar`
// command (`--cli`, core/command/app-invocation.ts) it runs that command instead and exits.
import { join } from 'node:path';
import { app, shell } from 'electron';
import { openAccount } from './adapters/account';
import { runSingleInstance, type RunningApp } from './adapters/app-lifecycle';
import { installAppMenu } from './adapters/app-menu';
import { appPaths } from './adapters/app-paths';
import { registerAppScheme, serveAppProtocol } from './adapters/app-protocol';
import { appUsesDarkColors } from './adapters/app-theme';
import { createDesktopCore } from './adapters/desktop-core';
import { serveIpc } from './adapters/ipc-wiring';
import { createLaunchAtLogin } from './adapters/launch-at-login';
import { createMiniView } from './adapters/mini-window';
import { createPopoverWindow } from './adapters/popover-window';
import { createSaveWithDialog } from './adapters/save-dialog';
import { applySessionPolicy } from './adapters/session-policy';
import { accountNotices } from './adapters/startup-notices';
import { startAppUpdates } from './adapters/app-updates';
import { createTrayController } from './adapters/tray-controller';
import { keepViewsInStep } from './adapters/view-sync';
import { serveCoreEndpoint } from './core/endpoint/serve-core';
import { createStderrLogger } from './core/stderr-logger';
import { isWaylandSession } from './core/window/display-server';
import { miniStacking } from './core/window/mini-stacking';
import { createMiniViewStore } from './core/window/mini-state';
import { createPermissionPolicy } from './core/window/permission-policy';
import { popoverBackground } from './core/window/popover-background';
import { createIpcHandlers } from './ipc/handlers';
import { runCommandLine } from './cli/process-run';
import { commandArgumentsOf } from './core/command/app-invocation';

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
    backgroundColor: popoverBackground(appUsesDarkColors()),
  });
  const stacking = miniStacking(process.platform, wayland);
  const miniView = createMiniView({
    preloadPath: paths.preload,
    served,
    stacking,
    store: createMiniViewStore(join(paths.userData, 'mini-view.json')),
    logger,
    backgroundColor: popoverBackground(appUsesDarkColors()),
  });
  const core = createDesktopCore(account, { logger, openPopover: () => tray.openPopover() });
  const updates = startAppUpdates({
    demo: source.demo !== null,
    core,
    logger,
    openReleasesPage: () =>
      void handlers.openLink({ id: 'releases' }).catch((e: Error) => logger.warn(e.message)),
  });
  const tray = createTrayController({
    trayImagesDir: paths.trayImages,
    fallbackIconPath: paths.fallbackIcon,
    platform,
    core,
    settings,
    popover,
    logger,
    acceptUpdate: updates.accept,
    miniView,
    miniViewLimit: stacking.limit,
  });
  const handlers = createIpcHandlers({
    core,
    settings,
    saveFile: createSaveWithDialog(popover.withDialog),
    openExternal: (url) => shell.openExternal(url),
    hidePopover: () => popover.hide(),
    closeMiniView: () => miniView.setOpen(false),
    acceptUpdate: updates.accept,
    quit: () => app.quit(),
  });
  const ipc = serveIpc({ handlers, vault, demo: source.demo !== null, logger, core });
  // Status bars and scripts read the value from here instead of opening a second session (#13).
  const endpoint = serveCoreEndpoint({
    runDir: join(paths.userData, 'run'),
    role: 'app',
    core,
    settings,
    logger,
  });
  const launchAtLogin = createLaunchAtLogin();
  keepViewsInStep({ core, settings, popover, miniView, tray, vault, launchAtLogin, logger });
  for (const notice of await accountNotices(account)) core.addNotice(notice);
  // start() publishes the first snapshot (unless a notice already did): the tray draws it.
  await miniView.restore();
  core.start();
  return {
    openPopover: () => tray.openPopover(),
    async shutdown() {
      core.stop();
      updates.stop();
      ipc.dispose();
      await miniView.shutdown();
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

const commandArgs = commandArgumentsOf(process.argv, process.defaultApp === true);
if (commandArgs !== null) {
  // Before the single-instance lock: a command never disturbs (or becomes) the running app.
  runCommandLine(commandArgs, (code) => app.exit(code));
} else {
  runSingleInstance({ start, logger });
}

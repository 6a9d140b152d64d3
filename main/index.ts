// Electron composition root: wiring and lifecycle only; every decision lives in main/core.
import { join } from 'node:path';
import { app, shell } from 'electron';
import { appPaths } from './adapters/app-paths';
import { registerAppScheme, serveAppProtocol } from './adapters/app-protocol';
import { createIpcMainAdapter } from './adapters/ipc-main';
import { createLaunchAtLogin } from './adapters/launch-at-login';
import { openLluSource } from './adapters/llu-source';
import { createElectronNotifier } from './adapters/notifications';
import { createPopoverWindow } from './adapters/popover-window';
import { onSystemWake } from './adapters/power';
import { createSafeStorageBox } from './adapters/safe-storage';
import { saveWithDialog } from './adapters/save-dialog';
import { applySessionPolicy } from './adapters/session-policy';
import { createElectronSettingsStore } from './adapters/settings-store';
import { onThemeChange } from './adapters/taskbar-theme';
import { createTrayController } from './adapters/tray-controller';
import { createAppCore } from './core/app-core';
import { serveCoreEndpoint } from './core/endpoint/serve-core';
import { openHistory } from './core/history';
import { systemClock } from './core/ports';
import { createCredentialVault } from './core/secrets/credential-vault';
import { vaultDocumentSchema } from './core/secrets/vault-document';
import { createSettingsService } from './core/settings/settings-service';
import { createStderrLogger } from './core/stderr-logger';
import { createJsonFileStore } from './core/storage/json-file-store';
import { APP_ORIGIN } from './core/window/app-origin';
import { createPermissionPolicy } from './core/window/permission-policy';
import { createIpcHandlers, mapDomainError } from './ipc/handlers';
import { createIpcRouter } from './ipc/router';
import { createSenderPolicy } from './ipc/sender-policy';

const APP_ID = 'app.glucobar.desktop';
const platform =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
const logger = createStderrLogger(
  (line) => process.stderr.write(`${line}\n`),
  process.env.GLUCOBAR_LOG,
);

app.enableSandbox();
registerAppScheme();

async function start(): Promise<void> {
  const paths = appPaths();
  app.dock?.hide();
  const settingsService = createSettingsService(createElectronSettingsStore(), logger);
  const { notice } = await settingsService.load();
  const vault = createCredentialVault(
    createSafeStorageBox(),
    createJsonFileStore(join(paths.userData, 'secrets.json'), {
      parse: (raw) => vaultDocumentSchema.parse(raw),
    }),
    { allowBasicText: settingsService.get().rememberWithoutKeyStore, logger },
  );
  const { client, demo, historyDir } = await openLluSource({
    vault,
    userData: paths.userData,
    forceDemo: process.argv.includes('--demo'),
    logger,
  });
  const history = openHistory({ dir: historyDir, clock: systemClock, logger });
  const popover = createPopoverWindow({
    preloadPath: paths.preload,
    isPinned: () => settingsService.get().keepPopoverPinned,
    logger,
    size: { width: 380, height: 560 },
  });
  const core = createAppCore({
    clock: systemClock,
    random: Math.random,
    logger,
    client,
    history,
    settings: settingsService,
    credentials: {
      save: async (c) => void (await vault.setCredentials(c)),
      clear: () => vault.clear(),
    },
    notifier: createElectronNotifier({ appId: APP_ID, logger }),
    demo: demo !== null,
    hasCredentials: true,
    localMinutesOfDay: (now) => new Date(now).getHours() * 60 + new Date(now).getMinutes(),
  });
  const tray = createTrayController({
    trayImagesDir: paths.trayImages,
    fallbackIconPath: paths.fallbackIcon,
    platform,
    core,
    settings: settingsService,
    popover,
    logger,
  });
  const handlers = createIpcHandlers({
    core,
    settings: settingsService,
    saveFile: saveWithDialog,
    openExternal: (url) => shell.openExternal(url),
    hidePopover: () => popover.hide(),
    quit: () => app.quit(),
  });
  if (demo) {
    // Signing in from the demo restarts into the real account (the demo client talks to the simulator).
    handlers.signIn = async (credentials) => {
      await vault.setCredentials(credentials);
      app.relaunch({ args: process.argv.slice(1).filter((arg) => arg !== '--demo') });
      app.quit();
      return null;
    };
  }
  serveAppProtocol(paths.renderer);
  applySessionPolicy(createPermissionPolicy(logger));
  const router = createIpcRouter(createIpcMainAdapter(), {
    isTrustedSender: createSenderPolicy(APP_ORIGIN).isTrustedSender,
    handlers,
    logger,
    mapError: mapDomainError,
  });
  // Status bars and scripts read the value from here instead of opening a second session (#13).
  const endpoint = serveCoreEndpoint({
    runDir: join(paths.userData, 'run'),
    role: 'app',
    core,
    settings: settingsService,
    logger,
  });
  const launchAtLogin = createLaunchAtLogin();
  core.onSnapshot((snapshot) => {
    tray.render();
    popover.push('snapshot', snapshot);
  });
  settingsService.onChange((settings) => {
    popover.push('settings', settings);
    void launchAtLogin.set(settings.launchAtLogin).catch((e: Error) => logger.warn(e.message));
    void vault
      .setAllowBasicText(settings.rememberWithoutKeyStore)
      .catch((e: Error) => logger.warn(e.message));
  });
  onThemeChange(tray.render);
  onSystemWake(() => core.resume());
  app.on('before-quit', () => {
    core.stop();
    router.dispose();
    popover.destroy();
    tray.destroy();
    void history.close();
    void demo?.close();
    void endpoint.then((server) => server?.close());
  });
  if (notice) core.addNotice(notice);
  const secrets = await vault.status();
  if (!demo && secrets.hasCredentials && !secrets.persisted) {
    core.addNotice(
      'This system offers no key store, so your LibreLinkUp password is kept in memory only and must be entered again after a restart (Settings can remember it anyway, obfuscated only).',
    );
  }
  core.start();
  tray.render();
}

if (!app.requestSingleInstanceLock()) app.quit();
else void app.whenReady().then(start);

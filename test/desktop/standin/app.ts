// `app` for one app process (docs/api/app.md):
// - 'ready' once, after the main script's first turn; whenReady() resolves then.
// - requestSingleInstanceLock(): false while another live process holds it, and that process
//   gets 'second-instance' (argv, workingDirectory, additionalData).
// - quit(): 'before-quit' (preventable), then every window is closed (a window that prevents
//   'close' cancels the quit), 'will-quit' (preventable), 'quit', and the process ends. The
//   process ends there: promises still pending are never resumed (see machine.ts for the disk).
// - exit(): ends at once, no events. relaunch(): only takes effect when this process ends.
// - setLoginItemSettings/getLoginItemSettings: macOS and Windows only.
// - enableSandbox(): only before 'ready'. dock: macOS only.
import { EventEmitter } from 'node:events';

export interface AppHost {
  platform: 'darwin' | 'win32' | 'linux';
  argv: readonly string[];
  isReady(): boolean;
  whenReady(): Promise<void>;
  requestLock(additionalData: unknown): boolean;
  releaseLock(): void;
  holdsLock(): boolean;
  /** Closes every window; false if one refused. */
  closeAllWindows(): boolean;
  end(code: number): void;
  relaunch(args: string[] | undefined): void;
  paths: Record<string, string>;
  appPath: string;
  loginItems: { openAtLogin: boolean };
}

export function createApp(host: AppHost) {
  const app = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let quitting = false;
  const emitPreventable = (name: string): boolean => {
    let prevented = false;
    app.emit(name, { preventDefault: () => (prevented = true) });
    return !prevented;
  };
  const record = { appUserModelId: null as string | null, dockHidden: false, sandbox: false };
  Object.assign(app, {
    record,
    // app.md commandLine: the process's own switches (`--name` or `--name=value`).
    commandLine: {
      hasSwitch: (name: string) =>
        host.argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`)),
      getSwitchValue: (name: string) =>
        host.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '',
      appendSwitch() {},
      appendArgument() {},
    },
    isPackaged: false,
    name: 'Glucobar',
    isReady: () => host.isReady(),
    whenReady: () => host.whenReady(),
    enableSandbox() {
      if (host.isReady())
        throw new Error('app.enableSandbox() can only be called before app is ready');
      record.sandbox = true;
    },
    requestSingleInstanceLock: (data?: unknown) => host.requestLock(data),
    hasSingleInstanceLock: () => host.holdsLock(),
    releaseSingleInstanceLock: () => host.releaseLock(),
    quit() {
      if (quitting) return;
      if (!host.isReady()) {
        // Before 'ready' there is nothing to close: the process ends.
        setImmediate(() => host.end(0));
        return;
      }
      quitting = true;
      if (
        !emitPreventable('before-quit') ||
        !host.closeAllWindows() ||
        !emitPreventable('will-quit')
      ) {
        quitting = false;
        return;
      }
      app.emit('quit', {}, 0);
      host.end(0);
    },
    exit: (code = 0) => host.end(code),
    relaunch: (options: { args?: string[] } = {}) => host.relaunch(options.args),
    getPath(name: string) {
      const path = host.paths[name];
      if (!path) throw new Error(`Failed to get '${name}' path`);
      return path;
    },
    setPath(name: string, value: string) {
      host.paths[name] = value;
    },
    getAppPath: () => host.appPath,
    getName: () => 'Glucobar',
    getVersion: () => '0.1.0',
    getLocale: () => 'en-GB',
    // Electron 45 app.getPreferredSystemLanguages(): the OS list, most preferred first.
    getPreferredSystemLanguages: () => ['en-GB'],
    setAppUserModelId(id: string) {
      record.appUserModelId = id;
    },
    setLoginItemSettings(settings: { openAtLogin?: boolean }) {
      if (host.platform === 'linux') return;
      host.loginItems.openAtLogin = settings.openAtLogin === true;
    },
    getLoginItemSettings: () => ({
      openAtLogin: host.platform === 'linux' ? false : host.loginItems.openAtLogin,
      wasOpenedAtLogin: false,
    }),
    setAboutPanelOptions() {},
    focus() {},
    dock:
      host.platform === 'darwin'
        ? {
            hide: () => void (record.dockHidden = true),
            show: async () => void (record.dockHidden = false),
            bounce: () => 0,
            setBadge() {},
          }
        : undefined,
  });
  return app;
}

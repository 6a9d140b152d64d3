// The `electron` module one app process sees: the stand-in classes bound to that process and
// its machine. BrowserWindow and Tray refuse to exist before 'ready' ("Cannot create …
// before app is ready", as Electron's do); Menu.setApplicationMenu is recorded per process.
import { BrowserWindow, type WindowWorld } from './browser-window';
import { Menu, MenuItem } from './menu';
import { NativeImage } from './native-image';
import { createNetFetch } from './network';
import type { AppProcess } from './process';
import { createSafeStorage } from './safe-storage';
import { createDialog, createNotificationClass, createScreen } from './system';
import { Tray } from './tray';

export function createElectronModule(
  proc: AppProcess,
  world: WindowWorld,
): Record<string, unknown> {
  const machine = proc.machine;
  const desktop = machine.desktop;
  const isReady = () => proc.isReady();
  const alive = () => proc.alive();
  const trays = proc.trays;
  class WindowForApp extends BrowserWindow {
    constructor(options: ConstructorParameters<typeof BrowserWindow>[0]) {
      if (!isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
      super(options, world);
    }
  }
  class TrayForApp extends Tray {
    constructor(image: NativeImage | string) {
      if (!isReady()) throw new Error('Cannot create Tray before app is ready');
      super(image, desktop, alive, (tray) => trays.delete(tray));
      trays.add(this);
    }
  }
  const menuState = proc.applicationMenu;
  class MenuForApp extends Menu {
    static setApplicationMenu(menu: Menu | null): void {
      menuState.menu = menu;
    }
    static getApplicationMenu(): Menu | null {
      return menuState.menu ?? null;
    }
  }
  const module: Record<string, unknown> = {
    app: proc.app,
    BrowserWindow: WindowForApp,
    Tray: TrayForApp,
    Menu: MenuForApp,
    MenuItem,
    nativeImage: {
      createEmpty: () => NativeImage.createEmpty(),
      createFromPath: (path: string) => NativeImage.createFromPath(path),
      createFromBuffer: (buffer: Buffer, options?: { scaleFactor?: number }) =>
        NativeImage.createFromBuffer(buffer, options),
    },
    nativeTheme: proc.nativeTheme,
    protocol: proc.protocol,
    session: { defaultSession: proc.session },
    ipcMain: proc.ipcMain,
    safeStorage: createSafeStorage(machine.keyStore, machine.personality.platform, () =>
      proc.isReady(),
    ),
    screen: createScreen(desktop, () => desktop.cursor),
    powerMonitor: proc.powerMonitor,
    shell: {
      openExternal: async (url: string) => void proc.opened.push(url),
      openPath: async () => '',
    },
    dialog: createDialog(
      desktop,
      (value): value is BrowserWindow => value instanceof BrowserWindow,
    ),
    Notification: createNotificationClass(desktop, () => machine.signed),
    net: { fetch: createNetFetch(machine.network) },
  };
  module.default = module;
  return module;
}

// The stand-in's own rules, without the app: each platform rule the scenarios rely on is shown
// to behave as its source says, so a scenario that passes is not passing on a lenient fake.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { encodePng } from '../../main/core/tray/png';
import type { BrowserWindow } from './standin/browser-window';
import type { Machine } from './standin/machine';
import { NativeImage } from './standin/native-image';
import { decodePng } from './standin/png-decode';
import { AppProcess } from './standin/process';
import type { PersonalityName } from './standin/personalities';
import type { Tray } from './standin/tray';
import { useDesktopSuite } from './world';

const suite = useDesktopSuite();
const REPO = join(import.meta.dirname, '..', '..');

/** A ready app process on `name` that runs no bundle: the electron module alone. */
function bareProcess(
  name: PersonalityName,
  keyStore?: 'basic_text',
): { m: Machine; proc: AppProcess; electron: Record<string, unknown> } {
  const m = suite.machine({ personality: name, ...(keyStore ? { keyStore } : {}) });
  const proc = new AppProcess(m, [m.execPath]);
  m.processes.push(proc);
  const electron = proc.electronModule();
  proc.state = 'ready';
  return { m, proc, electron };
}

function image(scales: number[]): NativeImage {
  const img = NativeImage.createEmpty();
  for (const s of scales) {
    const size = Math.round(16 * s);
    img.addRepresentation({
      scaleFactor: s,
      buffer: encodePng(new Uint8Array(size * size * 4).fill(200), size, size),
    });
  }
  return img;
}

function newTray(electron: Record<string, unknown>, img: NativeImage): Tray {
  const TrayClass = electron.Tray as new (i: NativeImage) => Tray;
  return new TrayClass(img);
}

describe('the stand-in', () => {
  it('decodes what the app encodes, pixel for pixel', () => {
    const rgba = Uint8Array.from({ length: 5 * 3 * 4 }, (_, i) => (i * 37) % 256);
    expect(decodePng(encodePng(rgba, 5, 3))).toEqual({ width: 5, height: 3, rgba });
  });

  it('loads the @2x sibling and the Template flag by file name (native-image.md)', () => {
    const img = NativeImage.createFromPath(join(REPO, 'build', 'tray', 'trayTemplate.png'));
    expect(img.getScaleFactors()).toEqual([1, 2]);
    expect(img.isTemplateImage()).toBe(true);
    expect(img.getSize()).toEqual({ width: 16, height: 16 });
  });

  it('macOS: a tray with a context menu pops the menu on a left click and emits no click', () => {
    const { m, electron } = bareProcess('darwin');
    const tray = newTray(electron, image([1, 2]));
    const clicks: unknown[] = [];
    tray.on('click', (_e, bounds) => clicks.push(bounds));
    tray.click();
    expect(clicks).toEqual([m.personality.trayBounds]);
    const Menu = electron.Menu as { buildFromTemplate(t: unknown[]): never };
    tray.setContextMenu(Menu.buildFromTemplate([{ id: 'a', label: 'A' }]));
    tray.click();
    expect(clicks).toHaveLength(1);
    expect(m.desktop.menusShown).toHaveLength(1);
  });

  it('Windows: the taskbar uses the 1x representation; a double click is click + double-click after a blur', () => {
    const { m, electron } = bareProcess('win32-150');
    const tray = newTray(electron, image([1, 1.5, 2]));
    expect(tray.shownImage()?.width).toBe(16);
    const events: string[] = [];
    m.desktop.focus({
      label: 'w',
      gainFocus: () => events.push('focus'),
      loseFocus: () => events.push('blur'),
    });
    tray.on('click', () => events.push('click'));
    tray.on('double-click', () => events.push('double-click'));
    tray.doubleClick();
    expect(events).toEqual(['focus', 'blur', 'click', 'double-click']);
  });

  it('AppIndicator: no icon without a menu, and a click only opens the menu', () => {
    const { m, electron } = bareProcess('linux-appindicator');
    const tray = newTray(electron, image([1, 2]));
    expect(tray.isOnPanel()).toBe(false);
    const Menu = electron.Menu as { buildFromTemplate(t: unknown[]): never };
    tray.setContextMenu(Menu.buildFromTemplate([{ id: 'open', label: 'Open' }]));
    let clicked = false;
    tray.on('click', () => (clicked = true));
    tray.click();
    expect(clicked).toBe(false);
    expect(m.desktop.openMenu).not.toBeNull();
    expect(tray.getBounds()).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('Linux basic_text: encryption is unavailable until plain-text encryption is switched on', async () => {
    const { electron } = bareProcess('linux-x11', 'basic_text');
    const safeStorage = electron.safeStorage as {
      isAsyncEncryptionAvailable(): Promise<boolean>;
      setUsePlainTextEncryption(v: boolean): void;
      encryptStringAsync(s: string): Promise<Buffer>;
      decryptStringAsync(b: Buffer): Promise<{ result: string }>;
    };
    expect(await safeStorage.isAsyncEncryptionAvailable()).toBe(false);
    await expect(safeStorage.encryptStringAsync('x')).rejects.toThrow(/not available/);
    safeStorage.setUsePlainTextEncryption(true);
    expect(await safeStorage.isAsyncEncryptionAvailable()).toBe(true);
    const cipher = await safeStorage.encryptStringAsync('secret');
    expect((await safeStorage.decryptStringAsync(cipher)).result).toBe('secret');
  });

  it('fails a load of app:// started before protocol.handle, and serves it from the handler after', async () => {
    const { electron, proc } = bareProcess('linux-x11');
    const Window = electron.BrowserWindow as new (o: object) => BrowserWindow;
    const win = new Window({ width: 200, height: 100, show: false });
    await expect(win.loadURL('app://glucobar/index.html')).rejects.toThrow(
      /ERR_UNKNOWN_URL_SCHEME/,
    );
    proc.protocol.handle(
      'app',
      (request) =>
        new Response(`<p id="u">${new URL(request.url).pathname}</p>`, {
          headers: { 'content-type': 'text/html' },
        }),
    );
    await win.loadURL('app://glucobar/index.html');
    expect(await (await win.page()).textContent('#u')).toBe('/index.html');
  });

  it('ends a process on quit only when no will-quit handler prevents it, and hands the lock over', () => {
    const { m, proc } = bareProcess('win32-100');
    const app = proc.app as unknown as {
      requestSingleInstanceLock(): boolean;
      quit(): void;
      once(e: string, l: (event: { preventDefault(): void }) => void): void;
    };
    expect(app.requestSingleInstanceLock()).toBe(true);
    app.once('will-quit', (event) => event.preventDefault());
    app.quit();
    expect(proc.alive()).toBe(true);
    app.quit();
    expect(proc.alive()).toBe(false);
    expect(m.lockHolder).toBeNull();
  });

  it('several displays: the nearest one to a point, the one a rectangle overlaps most, the primary first (screen.md)', () => {
    const { m, electron } = bareProcess('darwin-two-displays');
    const screen = electron.screen as {
      getAllDisplays(): Array<{ id: number; scaleFactor: number }>;
      getDisplayNearestPoint(p: { x: number; y: number }): { id: number; scaleFactor: number };
      getDisplayMatching(r: object): { id: number };
    };
    expect(screen.getAllDisplays().map((d) => [d.id, d.scaleFactor])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(screen.getDisplayNearestPoint(m.personality.iconAt).id).toBe(2);
    expect(screen.getDisplayNearestPoint({ x: 100, y: 100 }).id).toBe(1);
    expect(screen.getDisplayNearestPoint({ x: 5000, y: 0 }).id).toBe(2);
    expect(screen.getDisplayMatching({ x: 1300, y: 100, width: 400, height: 300 }).id).toBe(2);
  });

  it('a window shown before its first paint shows its background colour; ready-to-show comes at the first paint of a hidden one', async () => {
    const { electron, proc } = bareProcess('win32-100');
    proc.protocol.handle(
      'app',
      () => new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } }),
    );
    const Window = electron.BrowserWindow as new (o: object) => BrowserWindow;
    const early = new Window({ width: 100, height: 100, show: false, backgroundColor: '#123456' });
    early.show();
    await early.loadURL('app://glucobar/index.html');
    expect(early.shownBeforePaint).toEqual(['#123456']);
    const hidden = new Window({ width: 100, height: 100, show: false });
    let ready = 0;
    hidden.on('ready-to-show', () => (ready += 1));
    await hidden.loadURL('app://glucobar/index.html');
    await hidden.loadURL('app://glucobar/index.html');
    hidden.show();
    expect([ready, hidden.shownBeforePaint]).toEqual([1, []]);
  });

  it('Linux: getSelectedStorageBackend is unknown before ready and the backend after (safe-storage.md)', () => {
    const m = suite.machine({ personality: 'linux-x11', keyStore: 'basic_text' });
    const proc = new AppProcess(m, [m.execPath]);
    const safeStorage = proc.electronModule().safeStorage as {
      getSelectedStorageBackend(): string;
    };
    expect(safeStorage.getSelectedStorageBackend()).toBe('unknown');
    proc.state = 'ready';
    expect(safeStorage.getSelectedStorageBackend()).toBe('basic_text');
  });
  it('always on top and dragging follow each platform (browser-window.md, frameless-window.md, #50403, EWMH §7.10)', async () => {
    const seen: Record<string, unknown> = {};
    for (const name of ['darwin', 'win32-150', 'linux-x11', 'linux-wayland'] as const) {
      const { electron, proc, m } = bareProcess(name);
      m.desktop.fullScreenAppActive = true;
      proc.protocol.handle(
        'app',
        () =>
          new Response(
            '<style>body{margin:0;height:100px;-webkit-app-region:drag}b{-webkit-app-region:no-drag}</style><b>x</b>',
            { headers: { 'content-type': 'text/html' } },
          ),
      );
      const Window = electron.BrowserWindow as new (o: object) => BrowserWindow;
      const win = new Window({ x: 10, y: 20, width: 200, height: 100 });
      await win.loadURL('app://glucobar/index.html');
      win.setAlwaysOnTop(true, 'floating');
      win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
      const events: string[] = [];
      for (const event of ['will-move', 'move', 'moved']) win.on(event, () => events.push(event));
      const onButton = await win.dragBy({ x: 2, y: 2 }, 50, 0);
      const onBody = await win.dragBy({ x: 100, y: 60 }, 50, 0);
      seen[name] = {
        onTop: [win.isAlwaysOnTop(), win.staysOnTop(), win.alwaysOnTopLevel],
        overFullScreen: win.isSeenOverFullScreenApp(),
        drags: [onButton, onBody],
        x: win.getBounds().x,
        events,
      };
    }
    expect(seen).toEqual({
      darwin: {
        onTop: [true, true, 'floating'],
        overFullScreen: true,
        drags: [false, true],
        x: 60,
        events: ['will-move', 'move', 'moved'],
      },
      'win32-150': {
        onTop: [true, true, 'floating'],
        overFullScreen: true,
        drags: [false, true],
        x: 60,
        events: ['will-move', 'move', 'moved'],
      },
      'linux-x11': {
        onTop: [true, true, null],
        overFullScreen: false,
        drags: [false, true],
        x: 60,
        events: ['move'],
      },
      // Wayland: told, ignored; placed by the compositor (centred), moved without telling.
      'linux-wayland': {
        onTop: [true, false, null],
        overFullScreen: false,
        drags: [false, true],
        x: 860,
        events: [],
      },
    });
  });
});

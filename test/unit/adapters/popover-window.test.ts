import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PUSH } from '../../../preload/contract';
import { silentLogger } from '../../../main/core/ports';

type Listener = (...args: unknown[]) => unknown;

const fakes = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeWebContents extends Emitter {
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
    send = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    isDestroyed() {
      return false;
    }
  }
  class FakeBrowserWindow extends Emitter {
    static instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    visible = false;
    destroyed = false;
    readonly setBounds = vi.fn();
    readonly setPosition = vi.fn();
    readonly setVisibleOnAllWorkspaces = vi.fn();
    readonly setAlwaysOnTop = vi.fn();
    readonly focus = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
    isVisible() {
      return this.visible;
    }
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const display = {
    bounds: { x: 0, y: 0, width: 1440, height: 900 },
    workArea: { x: 0, y: 25, width: 1440, height: 875 },
  };
  const screen = {
    getCursorScreenPoint: vi.fn(() => ({ x: 1200, y: 10 })),
    getDisplayNearestPoint: vi.fn((_point: { x: number; y: number }) => display),
  };
  const placePopover = vi.fn((_input: unknown) => ({ x: 1000.4, y: 25.6 }));
  return { FakeBrowserWindow, screen, display, placePopover };
});

vi.mock('electron', () => ({ BrowserWindow: fakes.FakeBrowserWindow, screen: fakes.screen }));
vi.mock('../../../main/core/tray/placement', () => ({ placePopover: fakes.placePopover }));

const { createPopoverWindow } = await import('../../../main/adapters/popover-window');

const TRAY: Rectangle = { x: 1180, y: 0, width: 22, height: 24 };

function make(
  pinned = false,
  extra: { platform?: NodeJS.Platform; canPosition?: boolean } = { platform: 'darwin' },
) {
  let pin = pinned;
  let clock = 10_000;
  const popover = createPopoverWindow({
    preloadPath: '/app/out/preload/index.cjs',
    served: { scheme: 'app' },
    isPinned: () => pin,
    logger: silentLogger,
    platform: extra.platform ?? 'darwin',
    now: () => clock,
    ...(extra.canPosition === undefined ? {} : { canPosition: extra.canPosition }),
  });
  const win = fakes.FakeBrowserWindow.instances.at(-1)!;
  return {
    popover,
    win,
    setPinned: (value: boolean) => (pin = value),
    advance: (ms: number) => (clock += ms),
  };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => {
  fakes.FakeBrowserWindow.instances.length = 0;
  fakes.placePopover.mockClear();
});

describe('popover window: creation', () => {
  it('creates one window with exactly the secure webPreferences', () => {
    const { win } = make();
    expect(fakes.FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
      spellcheck: false,
      devTools: false,
    });
    const prefs = win.options.webPreferences ?? {};
    for (const risky of [
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
    ]) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });

  it('is a frameless, fixed-size, hidden popover outside the taskbar', () => {
    const { win } = make();
    expect(win.options).toMatchObject({
      show: false,
      frame: false,
      resizable: false,
      skipTaskbar: true,
      fullscreenable: false,
    });
  });

  it('loads the app page over app://', () => {
    const { win } = make();
    expect(win.webContents.loadURL).toHaveBeenCalledExactlyOnceWith('app://glucobar/index.html');
  });
});

describe('popover window: navigation and new windows', () => {
  it.each(['will-navigate', 'will-redirect'])(
    '%s is prevented unless it stays in the app',
    (event) => {
      const { win } = make();
      for (const url of [
        'https://evil.example/',
        'app://glucobar.evil/index.html',
        'file:///etc/passwd',
        'javascript:alert(1)',
      ]) {
        const e = navigationEvent(url);
        win.webContents.emit(event, e);
        expect(e.preventDefault).toHaveBeenCalled();
      }
      const own = navigationEvent('app://glucobar/index.html');
      win.webContents.emit(event, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('denies every window.open, including app URLs', () => {
    const { win } = make();
    const handler = win.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://www.librelinkup.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://glucobar/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('popover window: showing and hiding', () => {
  it('positions with placePopover and shows', () => {
    const { popover, win } = make();
    popover.show(TRAY);
    expect(fakes.placePopover).toHaveBeenCalledExactlyOnceWith({
      trayBounds: TRAY,
      windowSize: { width: 360, height: 520 },
      display: fakes.display,
      platform: 'darwin',
      cursor: { x: 1200, y: 10 },
    });
    // The display of the icon that was clicked: the one nearest the icon's centre.
    expect(fakes.screen.getDisplayNearestPoint).toHaveBeenLastCalledWith({ x: 1191, y: 12 });
    // Position and size together: a move across displays with another scale keeps the size.
    expect(win.setBounds).toHaveBeenCalledWith({ x: 1000, y: 26, width: 360, height: 520 }, false);
    expect(win.setPosition).not.toHaveBeenCalled();
    expect(win.visible).toBe(true);
  });

  it('hides on blur unless pinned', () => {
    const { popover, win, setPinned } = make();
    popover.show(TRAY);
    setPinned(true);
    win.emit('blur');
    expect(win.visible).toBe(true);
    setPinned(false);
    win.emit('blur');
    expect(win.visible).toBe(false);
  });

  it('treats the tray click that caused the blur as "close", a later click as "open"', () => {
    const { popover, win, advance } = make();
    popover.toggle(TRAY);
    expect(win.visible).toBe(true);
    win.emit('blur');
    advance(50);
    popover.toggle(TRAY);
    expect(win.visible).toBe(false);
    advance(1000);
    popover.toggle(TRAY);
    expect(win.visible).toBe(true);
    popover.toggle(TRAY);
    expect(win.visible).toBe(false);
  });

  it('hides instead of closing, until destroyed for quitting', () => {
    const { popover, win } = make();
    popover.show(TRAY);
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(win.visible).toBe(false);
    popover.destroy();
    expect(win.destroyed).toBe(true);
    const quitting = { preventDefault: vi.fn() };
    win.emit('close', quitting);
    expect(quitting.preventDefault).not.toHaveBeenCalled();
    popover.show(TRAY);
    expect(fakes.placePopover).toHaveBeenCalledTimes(1);
  });

  it('pushes payloads on the contract channel', () => {
    const { popover, win } = make();
    popover.push('settings', { privacyMode: true } as never);
    expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(PUSH.settings, {
      privacyMode: true,
    });
  });
});

describe('popover window: the page is never left blank', () => {
  const failLoad = (win: InstanceType<typeof fakes.FakeBrowserWindow>, code = -105, main = true) =>
    win.webContents.emit('did-fail-load', {}, code, 'ERR', 'app://glucobar/index.html', main);

  it('loads again after a failed main-frame load, sooner first, then slower', () => {
    vi.useFakeTimers();
    try {
      const { win } = make();
      failLoad(win, -302); // ERR_UNKNOWN_URL_SCHEME: the scheme had no handler yet
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(250);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
      failLoad(win);
      vi.advanceTimersByTime(999);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(1);
      expect(win.webContents.loadURL).toHaveBeenLastCalledWith('app://glucobar/index.html');
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(3);
      // A success resets the wait.
      win.webContents.emit('did-finish-load');
      failLoad(win);
      vi.advanceTimersByTime(250);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores aborted navigations and failing subframes', () => {
    vi.useFakeTimers();
    try {
      const { win } = make();
      failLoad(win, -3);
      failLoad(win, -105, false);
      vi.advanceTimersByTime(60_000);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reloads the popover when its renderer crashed or was killed', () => {
    vi.useFakeTimers();
    try {
      const { win } = make();
      win.webContents.emit('did-finish-load');
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      vi.advanceTimersByTime(250);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opening a popover whose page is not loaded loads it at once', () => {
    const { popover, win } = make();
    win.webContents.emit('did-fail-load', {}, -105, 'ERR', 'app://glucobar/', true);
    popover.show(TRAY);
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
    win.webContents.emit('did-finish-load');
    popover.hide();
    popover.show(TRAY);
    expect(win.webContents.loadURL).toHaveBeenCalledTimes(2);
  });

  it('stops reloading once destroyed for quitting', () => {
    vi.useFakeTimers();
    try {
      const { popover, win } = make();
      failLoad(win);
      popover.destroy();
      vi.advanceTimersByTime(60_000);
      expect(win.webContents.loadURL).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('popover window: platforms', () => {
  it('macOS: a panel visible on every Space and over full-screen apps', () => {
    const { win } = make();
    expect(win.options.type).toBe('panel');
    expect(win.setVisibleOnAllWorkspaces).toHaveBeenCalledWith(true, {
      visibleOnFullScreen: true,
      skipTransformProcessType: true,
    });
    expect(win.setAlwaysOnTop).toHaveBeenCalledWith(true, 'pop-up-menu');
  });

  it('Windows and Linux: a plain frameless window', () => {
    const { win } = make(false, { platform: 'win32' });
    expect(win.options).not.toHaveProperty('type');
    expect(win.setVisibleOnAllWorkspaces).not.toHaveBeenCalled();
  });

  it('Wayland: not positioned (the compositor places it), still shown and focused', () => {
    const { popover, win } = make(false, { platform: 'linux', canPosition: false });
    popover.show(TRAY);
    expect(win.setBounds).not.toHaveBeenCalled();
    expect(fakes.placePopover).not.toHaveBeenCalled();
    expect(win.visible).toBe(true);
    expect(win.focus).toHaveBeenCalled();
  });

  it('a dialog owned by the popover does not blur-hide it, and gets it as parent', async () => {
    const { popover, win } = make();
    popover.show(TRAY);
    let parent: unknown = null;
    await popover.withDialog(async (owner) => {
      parent = owner;
      win.emit('blur');
      expect(win.visible).toBe(true);
    });
    expect(parent).toBe(win);
    win.emit('blur');
    expect(win.visible).toBe(false);
  });
});

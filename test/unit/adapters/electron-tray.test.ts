// The Electron Tray adapter through a recording fake: how clicks reach the popover and the
// menu on each platform, and which bitmap each platform's tray is handed.
import type { Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderValueIconSet } from '../../../main/core/tray/icon-set';
import type { MenuItemModel } from '../../../main/core/tray/tray-menu';
import { decodePng } from '../tray/decode-png';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  class FakeImage {
    readonly representations: { scaleFactor: number; buffer: Buffer }[] = [];
    template = false;
    constructor(readonly path: string | null) {}
    setTemplateImage(on: boolean) {
      this.template = on;
    }
    addRepresentation(rep: { scaleFactor: number; buffer: Buffer }) {
      this.representations.push(rep);
    }
  }
  class FakeTray {
    static last: FakeTray | null = null;
    readonly listeners = new Map<string, Listener>();
    contextMenu: unknown = null;
    image: FakeImage | null = null;
    readonly popUpContextMenu = vi.fn();
    readonly setIgnoreDoubleClickEvents = vi.fn();
    readonly ownBounds = { x: 900, y: 0, width: 24, height: 24 };
    constructor(image: FakeImage) {
      this.image = image;
      FakeTray.last = this;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    emit(event: string, ...args: unknown[]) {
      this.listeners.get(event)?.(...args);
    }
    setContextMenu(menu: unknown) {
      this.contextMenu = menu;
    }
    setImage(image: FakeImage) {
      this.image = image;
    }
    getBounds() {
      return this.ownBounds;
    }
    setTitle = vi.fn();
    setToolTip = vi.fn();
    destroy = vi.fn();
  }
  const screen = { getPrimaryDisplay: vi.fn(() => ({ scaleFactor: 1 })) };
  const Menu = { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })) };
  const nativeImage = {
    createFromPath: (path: string) => new FakeImage(path),
    createEmpty: () => new FakeImage(null),
  };
  return { FakeTray, FakeImage, screen, Menu, nativeImage };
});

vi.mock('electron', () => ({
  Tray: fake.FakeTray,
  Menu: fake.Menu,
  nativeImage: fake.nativeImage,
  screen: fake.screen,
}));

const { createElectronTray } = await import('../../../main/adapters/electron-tray');

const MENU: MenuItemModel[] = [
  {
    id: 'open',
    type: 'normal',
    label: 'Open Glucobar',
    checked: false,
    enabled: true,
    action: { kind: 'open' },
    submenu: null,
  },
];
const CLICKED: Rectangle = { x: -1800, y: 1040, width: 24, height: 40 };

function make(platform: NodeJS.Platform) {
  const onClick = vi.fn();
  const onDoubleClick = vi.fn();
  const onAction = vi.fn();
  const made = createElectronTray({
    trayImagesDir: '/res/tray',
    fallbackIconPath: '/res/tray/trayTemplate.png',
    platform,
    onClick,
    onDoubleClick,
    onAction,
  });
  return { ...made, tray: fake.FakeTray.last!, onClick, onDoubleClick, onAction };
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.screen.getPrimaryDisplay.mockReturnValue({ scaleFactor: 1 });
});

describe('tray clicks', () => {
  it('macOS: no context menu on the icon; left click goes to the popover, right click pops the menu', () => {
    const { port, tray, onClick } = make('darwin');
    port.setMenu(MENU);
    expect(tray.contextMenu).toBeNull();
    tray.emit('click', { ctrlKey: false }, CLICKED, { x: 0, y: 0 });
    expect(onClick).toHaveBeenCalledWith(CLICKED);
    expect(tray.popUpContextMenu).not.toHaveBeenCalled();
    tray.emit('right-click', {}, CLICKED);
    expect(tray.popUpContextMenu).toHaveBeenCalledTimes(1);
    expect(tray.popUpContextMenu.mock.calls[0]?.[0]).toEqual({ template: expect.any(Array) });
  });

  it('macOS: control-click is a right click', () => {
    const { port, tray, onClick } = make('darwin');
    port.setMenu(MENU);
    tray.emit('click', { ctrlKey: true }, CLICKED, { x: 0, y: 0 });
    expect(onClick).not.toHaveBeenCalled();
    expect(tray.popUpContextMenu).toHaveBeenCalledTimes(1);
  });

  it('Windows and Linux keep the context menu on the icon (AppIndicator shows only that)', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { port, tray } = make(platform);
      port.setMenu(MENU);
      expect(tray.contextMenu).toEqual({ template: expect.any(Array) });
      expect(tray.listeners.has('right-click')).toBe(false);
    }
  });

  it('uses the bounds of the click event (the icon on its own display), not getBounds()', () => {
    const { tray, onClick } = make('win32');
    tray.emit('click', { ctrlKey: false }, CLICKED, { x: -1790, y: 1050 });
    expect(onClick).toHaveBeenCalledWith(CLICKED);
  });

  it('falls back to getBounds() when the event carries empty bounds', () => {
    const { tray, onClick } = make('linux');
    tray.emit('click', { ctrlKey: false }, { x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0 });
    expect(onClick).toHaveBeenCalledWith(tray.ownBounds);
  });

  it('Windows: the double click is reported on its own, with its bounds', () => {
    const { tray, onDoubleClick, onClick } = make('win32');
    tray.emit('double-click', {}, CLICKED);
    expect(onDoubleClick).toHaveBeenCalledWith(CLICKED);
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('value image per platform', () => {
  const icons = renderValueIconSet({ text: '123', tone: 'inRange', stale: false, trend: 'flat' });

  it.each([
    [1, 16],
    [1.25, 20],
    [1.5, 24],
    [2, 32],
  ])('Windows at scale %d gets one 1x bitmap of %d px', (scaleFactor, px) => {
    fake.screen.getPrimaryDisplay.mockReturnValue({ scaleFactor });
    const { port, tray } = make('win32');
    port.setValueImage(icons);
    const reps = tray.image!.representations;
    expect(reps.map((r) => r.scaleFactor)).toEqual([1]);
    const decoded = decodePng(reps[0]!.buffer);
    expect([decoded.width, decoded.height]).toEqual([px, px]);
  });

  it('Linux gets the sharpest bitmap as 1x; macOS every size at its own scale', () => {
    const linux = make('linux');
    linux.port.setValueImage(icons);
    expect(linux.tray.image!.representations.map((r) => r.scaleFactor)).toEqual([1]);
    expect(decodePng(linux.tray.image!.representations[0]!.buffer).width).toBe(32);
    const mac = make('darwin');
    mac.port.setValueImage(icons);
    expect(mac.tray.image!.representations.map((r) => r.scaleFactor)).toEqual([1, 1.25, 1.5, 2]);
  });
});

// How the tray reaches the popover: clicks, the Windows double click, and the menu item that
// is the only way in (and out) on AppIndicator and Wayland.
import type { Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';
import type { ElectronTrayOptions } from '../../../main/adapters/electron-tray';
import type { MenuItemModel } from '../../../main/core/tray/tray-menu';
import { makeSnapshot } from '../../helpers/snapshots';

const fake = vi.hoisted(() => {
  const screenListeners = new Map<string, () => void>();
  return {
    trayOptions: null as ElectronTrayOptions | null,
    screenListeners,
    screen: {
      on: vi.fn((event: string, listener: () => void) => screenListeners.set(event, listener)),
      off: vi.fn(),
    },
    trayBounds: { x: 10, y: 0, width: 22, height: 22 },
    port: {
      setTitle: vi.fn(),
      setToolTip: vi.fn(),
      setTemplateImage: vi.fn(),
      setColouredImage: vi.fn(),
      setValueImage: vi.fn(),
      setFallbackImage: vi.fn(),
      setMenu: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({ app: { quit: vi.fn() }, screen: fake.screen }));
vi.mock('../../../main/adapters/electron-tray', () => ({
  createElectronTray: (options: ElectronTrayOptions) => {
    fake.trayOptions = options;
    return { port: fake.port, bounds: () => fake.trayBounds, destroy: vi.fn() };
  },
}));

const { createTrayController } = await import('../../../main/adapters/tray-controller');

function make() {
  let visible = false;
  const popover = {
    toggle: vi.fn(() => (visible = !visible)),
    show: vi.fn((_bounds: Rectangle) => (visible = true)),
    hide: vi.fn(() => (visible = false)),
    isVisible: () => visible,
  };
  const core = { popoverOpened: vi.fn() };
  const controller = createTrayController({
    trayImagesDir: '/res/tray',
    fallbackIconPath: '/res/tray/trayTemplate.png',
    platform: 'win32',
    core: core as never,
    settings: { get: vi.fn(), update: vi.fn() } as never,
    popover: popover as never,
    logger: silentLogger,
    acceptUpdate: vi.fn(),
    miniView: { isOpen: () => false, setOpen: vi.fn(), onChange: vi.fn() },
    miniViewLimit: null,
  });
  return { controller, popover, core, options: fake.trayOptions! };
}

const CLICKED = { x: 1800, y: 1040, width: 24, height: 40 };

beforeEach(() => vi.clearAllMocks());

describe('tray controller', () => {
  it('a click toggles the popover at the clicked icon', () => {
    const { options, popover, core } = make();
    options.onClick(CLICKED);
    expect(popover.toggle).toHaveBeenCalledWith(CLICKED);
    expect(core.popoverOpened).toHaveBeenCalled();
  });

  it('Windows double click: opens the popover the second press blurred away, never closes it', () => {
    const { options, popover } = make();
    options.onDoubleClick(CLICKED);
    expect(popover.show).toHaveBeenCalledWith(CLICKED);
    popover.show.mockClear();
    options.onDoubleClick(CLICKED);
    expect(popover.show).not.toHaveBeenCalled();
    expect(popover.hide).not.toHaveBeenCalled();
  });

  it('the "Open Glucobar" menu item opens, and closes an open popover (no blur on Wayland)', () => {
    const { options, popover } = make();
    options.onAction({ kind: 'open' });
    expect(popover.show).toHaveBeenCalledWith(fake.trayBounds);
    options.onAction({ kind: 'open' });
    expect(popover.hide).toHaveBeenCalledTimes(1);
  });

  it('openPopover (a second launch) shows it at the tray', () => {
    const { controller, popover, core } = make();
    controller.openPopover();
    expect(popover.show).toHaveBeenCalledWith(fake.trayBounds);
    expect(core.popoverOpened).toHaveBeenCalled();
  });

  it('draws the snapshot it is handed (never reading core or settings), again on a new scale', () => {
    const { controller } = make();
    const launchItem = () =>
      (fake.port.setMenu.mock.calls.at(-1)?.[0] as MenuItemModel[])
        .flatMap((item) => [item, ...(item.submenu ?? [])])
        .find((item) => item.action?.kind === 'setLaunchAtLogin');
    controller.render(makeSnapshot({ launchAtLogin: true }));
    expect(launchItem()?.checked).toBe(true);
    expect(fake.port.setToolTip.mock.calls.at(-1)?.[0]).toContain('Sam Example');
    controller.render(makeSnapshot({ launchAtLogin: false }));
    expect(launchItem()?.checked).toBe(false);
    fake.port.setToolTip.mockClear();
    fake.screenListeners.get('display-metrics-changed')!();
    expect(fake.port.setToolTip).toHaveBeenCalledTimes(1);
  });

  it('re-renders when the display scale changes, and stops listening when destroyed', () => {
    const { controller } = make();
    expect(fake.screen.on).toHaveBeenCalledWith('display-metrics-changed', expect.any(Function));
    controller.destroy();
    expect(fake.screen.off).toHaveBeenCalledWith('display-metrics-changed', expect.any(Function));
  });
});

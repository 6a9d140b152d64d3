import { BrowserWindow, screen, type Rectangle } from 'electron';
import { PUSH, type PushContracts, type PushName } from '../../preload/contract';
import type { Logger } from '../core/ports';
import { placePopover } from '../core/tray/placement';
import { APP_ENTRY_URL, originOf } from '../core/window/app-origin';
import { decideTrayClick } from '../core/window/popover-toggle';
import { isAllowedNavigation } from '../core/window/url-policy';

export interface PopoverWindow {
  /** A click on the tray icon: opens, closes, or ignores (see core/window/popover-toggle). */
  toggle(trayBounds: Rectangle): void;
  show(trayBounds: Rectangle): void;
  hide(): void;
  isVisible(): boolean;
  /** Sends a push message to the popover (payload only, on a contract channel). */
  push<K extends PushName>(name: K, payload: PushContracts[K]): void;
  /** For quitting: the window otherwise refuses to close (it only hides). */
  destroy(): void;
}

export interface PopoverWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** What to load; `app://glucobar/index.html` unless a development server is used. */
  url?: string;
  /** `keepPopoverPinned` from the settings: a pinned popover stays open on blur. */
  isPinned(): boolean;
  logger: Logger;
  size?: { width: number; height: number };
  devTools?: boolean;
  platform?: NodeJS.Platform;
  now?: () => number;
}

/**
 * The one window of the app. Security settings are written inline in the constructor call
 * on purpose: electronegativity cannot see values passed through a variable (see
 * architecture-anchors §4.3), and the unit tests assert this exact set.
 */
export function createPopoverWindow(options: PopoverWindowOptions): PopoverWindow {
  const url = options.url ?? APP_ENTRY_URL;
  const appOrigin = originOf(url) ?? '';
  const size = options.size ?? { width: 360, height: 520 };
  const platform = options.platform ?? process.platform;
  const now = options.now ?? Date.now;
  let hiddenByBlurAt: number | null = null;
  let destroying = false;

  const win = new BrowserWindow({
    width: size.width,
    height: size.height,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: options.preloadPath,
      spellcheck: false,
      devTools: options.devTools === true,
    },
  });

  const contents = win.webContents;
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  // Links open through the `openLink` IPC call (an allow-listed id), never window.open.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('render-process-gone', (_event, details) => {
    options.logger.error('Popover renderer is gone', { reason: details.reason });
  });

  win.on('blur', () => {
    if (options.isPinned() || !win.isVisible()) return;
    hiddenByBlurAt = now();
    win.hide();
  });
  win.on('close', (event) => {
    if (destroying) return;
    event.preventDefault();
    win.hide();
  });

  void win.loadURL(url).catch(() => {
    options.logger.error('Popover page failed to load', { origin: appOrigin });
  });

  function show(trayBounds: Rectangle): void {
    if (win.isDestroyed()) return;
    const cursor = screen.getCursorScreenPoint();
    const display = screen.getDisplayNearestPoint(
      trayBounds.width > 0 ? { x: trayBounds.x, y: trayBounds.y } : cursor,
    );
    const { x, y } = placePopover({
      trayBounds,
      windowSize: size,
      display: { bounds: display.bounds, workArea: display.workArea },
      platform,
      cursor,
    });
    win.setPosition(Math.round(x), Math.round(y), false);
    win.show();
    win.focus();
  }

  function hide(): void {
    if (!win.isDestroyed()) win.hide();
  }

  return {
    toggle(trayBounds) {
      if (win.isDestroyed()) return;
      const action = decideTrayClick({ visible: win.isVisible(), hiddenByBlurAt, now: now() });
      hiddenByBlurAt = null;
      if (action === 'show') show(trayBounds);
      else if (action === 'hide') hide();
    },
    show,
    hide,
    isVisible: () => !win.isDestroyed() && win.isVisible(),
    push(name, payload) {
      if (!win.isDestroyed()) contents.send(PUSH[name], payload);
    },
    destroy() {
      destroying = true;
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

import { BrowserWindow, type Rectangle } from 'electron';
import { PUSH, type PushContracts, type PushName } from '../../preload/contract';
import type { Logger } from '../core/ports';
import { APP_ENTRY_URL, originOf } from '../core/window/app-origin';
import { decideTrayClick } from '../core/window/popover-toggle';
import { isAllowedNavigation } from '../core/window/url-policy';
import type { AppProtocolServed } from './app-protocol';
import { popoverBounds } from './popover-bounds';
import { keepPopoverPageLoaded } from './popover-page';

export interface PopoverWindow {
  /** A click on the tray icon: opens, closes, or ignores (see core/window/popover-toggle). */
  toggle(trayBounds: Rectangle): void;
  show(trayBounds: Rectangle): void;
  hide(): void;
  isVisible(): boolean;
  /** Sends a push message to the popover (payload only, on a contract channel). */
  push<K extends PushName>(name: K, payload: PushContracts[K]): void;
  /**
   * Runs a system dialog owned by the popover. While it is open the popover does not hide on
   * blur (the dialog takes the focus), so the person still sees what they are saving.
   */
  withDialog<T>(run: (parent: BrowserWindow) => Promise<T>): Promise<T>;
  /** The colour shown until the page paints: the page's background for the current theme. */
  setBackgroundColor(colour: string): void;
  /** For quitting: the window otherwise refuses to close (it only hides). */
  destroy(): void;
}

export interface PopoverWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** Proof the `app://` handler exists, so the first load cannot fail for want of it. */
  served: AppProtocolServed;
  /** What to load; `app://glucobar/index.html` unless a development server is used. */
  url?: string;
  /** `keepPopoverPinned` from the settings: a pinned popover stays open on blur. */
  isPinned(): boolean;
  logger: Logger;
  size?: { width: number; height: number };
  devTools?: boolean;
  platform?: NodeJS.Platform;
  /**
   * False on Wayland, where a client cannot place its own windows (`setPosition` is ignored,
   * docs/api/browser-window.md "Platform notices" / Wayland): the compositor places it.
   */
  canPosition?: boolean;
  /** What shows before the first paint (core/window/popover-background.ts); default white. */
  backgroundColor?: string;
  now?: () => number;
}

/**
 * The one window of the app. Security settings are written inline in the constructor call
 * on purpose: electronegativity (the Electron security linter) cannot see values passed
 * through a variable, and the unit tests assert this exact set.
 */
export function createPopoverWindow(options: PopoverWindowOptions): PopoverWindow {
  const url = options.url ?? APP_ENTRY_URL;
  const appOrigin = originOf(url) ?? '';
  const size = options.size ?? { width: 360, height: 520 };
  const platform = options.platform ?? process.platform;
  const now = options.now ?? Date.now;
  let hiddenByBlurAt: number | null = null;
  let destroying = false;
  let dialogsOpen = 0;

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
    // Shown before the page painted (a click right after start), the window shows only this.
    ...(options.backgroundColor ? { backgroundColor: options.backgroundColor } : {}),
    // macOS: a non-activating panel floats over full-screen apps and on every Space
    // (docs/api/browser-window.md, `type` on macOS: "panel").
    ...(platform === 'darwin' ? { type: 'panel' } : {}),
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
  if (platform === 'darwin') {
    // Over full-screen apps too (docs/api/browser-window.md `setVisibleOnAllWorkspaces`). The
    // app is already a UIElement (LSUIElement, dock hidden), so the process-type switch that
    // would flash the Dock is skipped.
    win.setVisibleOnAllWorkspaces(true, {
      visibleOnFullScreen: true,
      skipTransformProcessType: true,
    });
    win.setAlwaysOnTop(true, 'pop-up-menu');
  }

  const contents = win.webContents;
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  });
  // Links open through the `openLink` IPC call (an allow-listed id), never window.open.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const page = keepPopoverPageLoaded(contents, url, options.logger);

  win.on('blur', () => {
    if (options.isPinned() || dialogsOpen > 0 || !win.isVisible()) return;
    hiddenByBlurAt = now();
    win.hide();
  });
  win.on('close', (event) => {
    if (destroying) return;
    event.preventDefault();
    win.hide();
  });

  page.load();

  function show(trayBounds: Rectangle): void {
    if (win.isDestroyed()) return;
    page.ensureLoaded();
    if (options.canPosition !== false) {
      // setBounds with the size, not setPosition: a window moved onto a display with another
      // scale factor is resized by Windows (WM_DPICHANGED) unless the size is stated too.
      win.setBounds(popoverBounds(trayBounds, size, platform), false);
    }
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
    async withDialog(run) {
      dialogsOpen += 1;
      try {
        return await run(win);
      } finally {
        dialogsOpen -= 1;
      }
    },
    setBackgroundColor(colour) {
      if (!win.isDestroyed()) win.setBackgroundColor(colour);
    },
    destroy() {
      destroying = true;
      page.dispose();
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

import { BrowserWindow, screen } from 'electron';
import type { Snapshot } from '../../common/snapshot';
import { PUSH } from '../../preload/contract';
import type { KeyValueStore, Logger } from '../core/ports';
import { APP_ORIGIN } from '../core/window/app-origin';
import { MINI_SIZE, restoreMiniBounds } from '../core/window/mini-place';
import type { MiniStacking } from '../core/window/mini-stacking';
import { CLOSED_MINI_VIEW, type MiniViewState } from '../core/window/mini-state';
import type { AppProtocolServed } from './app-protocol';
import { keepPopoverPageLoaded } from './popover-page';

export const MINI_VIEW_URL = `${APP_ORIGIN}/mini.html`;

/** A drag emits many 'move' events; the place is written once the window has rested this long. */
const SAVE_PLACE_AFTER_MS = 400;

export interface MiniView {
  isOpen(): boolean;
  /** Opens or closes it (tray menu checkbox, its own close button); remembered for next start. */
  setOpen(open: boolean): void;
  /** Reopens it when it was open when the app last ended. */
  restore(): Promise<void>;
  push(snapshot: Snapshot): void;
  /** Called whenever it opens or closes, so the tray menu's checkbox follows. */
  onChange(listener: () => void): void;
  /** For quitting: writes a pending place and destroys the window, keeping `open` as it was. */
  shutdown(): Promise<void>;
}

/**
 * The optional always-on-top mini view. Decisions live in core/window/mini-*.ts: where it goes
 * (mini-place), how it stays on top per platform (mini-stacking), what is remembered
 * (mini-state). The page renders the snapshots it is handed, like the popover; its IPC is
 * limited to a few channels by the sender policy (main/ipc/sender-policy.ts).
 */
export function createMiniView(options: {
  preloadPath: string;
  /** Proof the `app://` handler exists before the first load (see app-protocol.ts). */
  served: AppProtocolServed;
  stacking: MiniStacking;
  store: KeyValueStore<MiniViewState>;
  logger: Logger;
  backgroundColor?: string;
}): MiniView {
  const { stacking, store, logger } = options;
  let state: MiniViewState = CLOSED_MINI_VIEW;
  let win: BrowserWindow | null = null;
  let quitting = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let writes: Promise<void> = Promise.resolve();
  const listeners: Array<() => void> = [];

  function remember(next: MiniViewState): void {
    state = next;
    writes = writes
      .then(() => store.write(next))
      .catch((e: Error) => logger.warn(`Mini view place not saved: ${e.message}`));
  }

  function placeNow(): void {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (!win || win.isDestroyed() || !stacking.canPosition) return;
    const { x, y } = win.getBounds();
    if (state.place?.x !== x || state.place?.y !== y) remember({ ...state, place: { x, y } });
  }

  function open(): void {
    if (win && !win.isDestroyed()) return;
    const bounds = stacking.canPosition
      ? restoreMiniBounds(state.place, screen.getAllDisplays(), screen.getPrimaryDisplay())
      : null;
    const created = new BrowserWindow({
      ...(bounds ?? {}),
      width: MINI_SIZE.width,
      height: MINI_SIZE.height,
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      title: 'Glucobar mini view',
      ...(options.backgroundColor ? { backgroundColor: options.backgroundColor } : {}),
      // macOS: a panel floats over full-screen apps without activating the app (as the popover).
      ...(process.platform === 'darwin' ? { type: 'panel' } : {}),
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
        devTools: false,
      },
    });
    win = created;
    created.setAlwaysOnTop(stacking.alwaysOnTop, stacking.level);
    if (stacking.visibleOnFullScreen) {
      created.setVisibleOnAllWorkspaces(true, {
        visibleOnFullScreen: true,
        skipTransformProcessType: true,
      });
    }
    const contents = created.webContents;
    // Its one page only: no navigation, no new windows.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    const page = keepPopoverPageLoaded(contents, MINI_VIEW_URL, logger);
    // Shown without taking the focus from what the person is doing.
    created.once('ready-to-show', () => created.showInactive());
    // 'move' on every platform ('moved' is macOS/Windows only, docs/api/browser-window.md).
    created.on('move', () => {
      if (saveTimer !== null) clearTimeout(saveTimer);
      saveTimer = setTimeout(placeNow, SAVE_PLACE_AFTER_MS);
    });
    // Its close button, the tray checkbox, or the OS (Alt+F4): closed until opened again.
    created.on('closed', () => {
      page.dispose();
      if (win === created) win = null;
      if (quitting) return;
      remember({ ...state, open: false });
      listeners.forEach((listener) => listener());
    });
    page.load();
  }

  function close(): void {
    placeNow();
    if (win && !win.isDestroyed()) win.destroy();
  }

  return {
    isOpen: () => win !== null && !win.isDestroyed(),
    setOpen(next) {
      if (next) {
        open();
        remember({ ...state, open: true });
        listeners.forEach((listener) => listener());
      } else close();
    },
    async restore() {
      const stored = (await store.read()) ?? CLOSED_MINI_VIEW;
      // The person may have used the tray menu while the file was read: that wins.
      if (state !== CLOSED_MINI_VIEW) return;
      state = stored;
      if (state.open) {
        open();
        listeners.forEach((listener) => listener());
      }
    },
    push(snapshot) {
      if (win && !win.isDestroyed()) win.webContents.send(PUSH.snapshot, snapshot);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async shutdown() {
      quitting = true;
      close();
      await writes;
    },
  };
}

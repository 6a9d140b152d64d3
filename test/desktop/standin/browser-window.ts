// BrowserWindow as a real Chromium page (one Playwright context per window, sized to the
// window, at the display's scale factor). Models docs/api/browser-window.md and
// web-contents.md:
// - `show()` shows and focuses; `hide()` of the focused window blurs it; `focus()` moves focus.
//   Wayland: the compositor places windows (setPosition/setBounds position is ignored, the
//   xdg-shell protocol gives clients no global coordinates; w3c/window-management#68) and may
//   refuse focus to a window that was not activated by the person (xdg-activation), so focus
//   is never granted there and 'blur' never comes.
// - close() emits a preventable 'close', then 'closed'; destroy() skips 'close'.
// - loadURL resolves on did-finish-load and rejects on did-fail-load (web-contents.md).
// - render-process-gone with { reason: 'crashed' } when the renderer dies; the page stays
//   dead until the app reloads it.
// - macOS: over another app's full-screen Space a window shows only after
//   setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true }) (browser-window.md).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { Desktop, Focusable } from './desktop';
import type { Rectangle } from './geometry';
import type { IpcMain } from './ipc-main';
import { INVOKE_BINDING, PUSH_HOOK, preloadInitScript } from './page-preload';
import { appUrlToPage, pageUrlToApp, serveAppRequest } from './page-origin';
import type { ProtocolModule } from './protocol';
import type { Session } from './protocol';

export interface WindowWorld {
  desktop: Desktop;
  newContext(size: { width: number; height: number }): Promise<BrowserContext>;
  protocol: ProtocolModule;
  ipcMain: IpcMain;
  session: Session;
  alive(): boolean;
  track(win: BrowserWindow): void;
  untrack(win: BrowserWindow): void;
}

let nextId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextId++;
  page: Page | null = null;
  context: BrowserContext | null = null;
  crashed = false;
  url = '';
  openHandler: unknown = null;
  private pushes: Promise<unknown> = Promise.resolve();
  constructor(readonly session: Session) {
    super();
  }
  setWindowOpenHandler(handler: unknown): void {
    this.openHandler = handler;
  }
  /** Set by the window. */
  isDestroyed: () => boolean = () => false;
  getURL(): string {
    return this.url;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  send(channel: string, ...args: unknown[]): void {
    // Recorded even when lost: what main sent is what the app meant the popover to show.
    this.sent.push({ channel, payload: args[0] });
    const page = this.page;
    if (!page || this.crashed) return;
    // webContents.send is in order and lost while the page is (re)loading.
    this.pushes = this.pushes
      .then(() =>
        page.evaluate(
          ([hook, ch, payload]) => {
            const push = (window as unknown as Record<string, (c: string, p: unknown) => void>)[
              hook
            ];
            push?.(ch, payload);
          },
          [PUSH_HOOK, channel, args[0]] as const,
        ),
      )
      .catch(() => undefined);
  }
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  /** Set by the window: reloads the current URL (a new renderer after a crash). */
  reload: () => void = () => undefined;
  loadURL: (url: string) => Promise<void> = async () => undefined;
  openDevTools(): void {}
}

export class BrowserWindow extends EventEmitter implements Focusable {
  readonly webContents: WebContents;
  readonly label: string;
  bounds: Rectangle;
  private visible = false;
  private focused = false;
  private destroyed = false;
  visibleOnFullScreen = false;
  alwaysOnTop = false;
  private ready: Promise<void>;

  constructor(
    readonly options: Record<string, unknown> & {
      width?: number;
      height?: number;
      show?: boolean;
      frame?: boolean;
      webPreferences?: { preload?: string };
    },
    private readonly world: WindowWorld,
  ) {
    super();
    this.webContents = new WebContents(world.session);
    this.label = `window ${this.webContents.id}`;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    const area = world.desktop.personality.workArea;
    // Without x/y a window opens centred on the display (browser-window.md `center`).
    this.bounds = {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
    world.track(this);
    this.webContents.loadURL = (url) => this.loadURL(url);
    this.webContents.isDestroyed = () => this.destroyed;
    this.webContents.reload = () => void this.loadURL(this.webContents.url).catch(() => undefined);
    this.ready = this.openPage();
    if (options.show !== false) this.show();
  }

  private async openPage(): Promise<void> {
    const context = await this.world.newContext({
      width: this.bounds.width,
      height: this.bounds.height,
    });
    this.webContents.context = context;
    const preload = this.options.webPreferences?.preload;
    if (preload)
      await context.addInitScript({ content: preloadInitScript(readFileSync(preload, 'utf8')) });
    await context.exposeBinding(
      INVOKE_BINDING,
      async (source, channel: unknown, ...args: unknown[]) => {
        let url: string;
        try {
          url = await source.frame.evaluate(() => location.href);
        } catch {
          return this.world.ipcMain.invoke(String(channel), null, this.webContents, args);
        }
        const frame = { url: pageUrlToApp(url), isMainFrame: source.frame.parentFrame() === null };
        return this.world.ipcMain.invoke(String(channel), frame, this.webContents, args);
      },
    );
    await context.route('**/*', (route) => serveAppRequest(route, this.world.protocol));
    await this.newPage();
  }

  private async newPage(): Promise<Page> {
    const page = await this.webContents.context!.newPage();
    this.webContents.page = page;
    this.webContents.crashed = false;
    page.on('crash', () => {
      this.webContents.crashed = true;
      if (this.world.alive()) {
        this.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
      }
    });
    return page;
  }

  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    const scheme = new URL(url).protocol.replace(/:$/, '');
    // The handler is looked up when the navigation starts (see protocol.ts).
    if (scheme === 'app' && !this.world.protocol.isProtocolHandled(scheme)) {
      this.webContents.emit('did-fail-load', {}, -302, 'ERR_UNKNOWN_URL_SCHEME', url, true);
      throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    }
    await this.ready;
    let page = this.webContents.page!;
    if (this.webContents.crashed) page = await this.newPage();
    try {
      await page.goto(appUrlToPage(url), { waitUntil: 'load' });
    } catch (error) {
      this.webContents.emit('did-fail-load', {}, -2, 'ERR_FAILED', url, true);
      throw error;
    }
    this.webContents.emit('did-finish-load', {});
  }

  /** For tests: the page once it exists. */
  async page(): Promise<Page> {
    await this.ready;
    return this.webContents.page!;
  }

  gainFocus(): void {
    this.focused = true;
    if (!this.destroyed) this.emit('focus', {});
  }

  loseFocus(): void {
    this.focused = false;
    if (!this.destroyed) this.emit('blur', {});
  }

  show(): void {
    if (this.destroyed) return;
    const wasVisible = this.visible;
    this.visible = true;
    if (!wasVisible) this.emit('show', {});
    this.focus();
  }

  showInactive(): void {
    this.visible = true;
  }

  hide(): void {
    if (this.destroyed || !this.visible) return;
    this.visible = false;
    if (this.world.desktop.focused === this) this.world.desktop.focus(null);
    this.emit('hide', {});
  }

  focus(): void {
    if (this.destroyed || !this.visible) return;
    if (this.world.desktop.personality.wayland) return;
    this.world.desktop.focus(this);
  }

  blur(): void {
    if (this.world.desktop.focused === this) this.world.desktop.focus(null);
  }

  isVisible(): boolean {
    return !this.destroyed && this.visible;
  }

  /** What a person actually sees: macOS hides non-full-screen-visible windows over a full-screen app. */
  isSeen(): boolean {
    if (!this.isVisible() || !this.world.alive()) return false;
    const mac = this.world.desktop.personality.platform === 'darwin';
    return !(mac && this.world.desktop.fullScreenAppActive && !this.visibleOnFullScreen);
  }

  isFocused(): boolean {
    return this.focused;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setPosition(x: number, y: number): void {
    if (this.world.desktop.personality.wayland) return;
    this.bounds = { ...this.bounds, x, y };
  }

  getPosition(): [number, number] {
    return [this.bounds.x, this.bounds.y];
  }

  setBounds(b: Partial<Rectangle>): void {
    const keepPlace = this.world.desktop.personality.wayland;
    this.bounds = {
      x: keepPlace ? this.bounds.x : (b.x ?? this.bounds.x),
      y: keepPlace ? this.bounds.y : (b.y ?? this.bounds.y),
      width: b.width ?? this.bounds.width,
      height: b.height ?? this.bounds.height,
    };
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }

  setVisibleOnAllWorkspaces(
    visible: boolean,
    options: { visibleOnFullScreen?: boolean } = {},
  ): void {
    this.visibleOnFullScreen = visible && options.visibleOnFullScreen === true;
  }

  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }

  setSkipTaskbar(): void {}
  setMenu(): void {}
  removeMenu(): void {}
  setMenuBarVisibility(): void {}

  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.visible = false;
    if (this.world.desktop.focused === this) this.world.desktop.focus(null);
    this.destroyed = true;
    this.world.untrack(this);
    void this.ready.then(() => this.webContents.context?.close()).catch(() => undefined);
    this.emit('closed');
  }
}

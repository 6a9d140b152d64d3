// BrowserWindow on the stand-in desktop; its page is a real Chromium page (window-page.ts).
// Models docs/api/browser-window.md:
// - `show()` shows and focuses; `hide()` of the focused window blurs it; `focus()` moves focus.
//   Wayland: the compositor places windows (setPosition/setBounds position is ignored, the
//   xdg-shell protocol gives clients no global coordinates; w3c/window-management#68) and may
//   refuse focus to a window that was not activated by the person (xdg-activation), so focus
//   is never granted there and 'blur' never comes.
// - Without x/y a window opens centred (`center`) on the primary display.
// - close() emits a preventable 'close', then 'closed'; destroy() skips 'close'.
// - "Showing the window gracefully": until the renderer paints the page for the first time the
//   window shows only its `backgroundColor` (default #FFFFFF); 'ready-to-show' is emitted at
//   that first paint if the window is still hidden. A window shown before then flashes that
//   colour: recorded in `shownBeforePaint`.
// - macOS: over another app's full-screen Space a window shows only after
//   setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true }).
// - `x`/`y` in the options place the window (Wayland: ignored, as setPosition), else centred.
// - Always on top (staysOnTop): `setAlwaysOnTop(flag, level)`; `level` is macOS/Windows only,
//   default 'floating' (browser-window.md). Wayland ignores it while isAlwaysOnTop() still
//   answers true (electron/electron#50403, documented by #50560). Over a full-screen app
//   (isSeenOverFullScreenApp): macOS needs the level AND visibleOnFullScreen; Windows' topmost
//   band is above a (borderless) full-screen window; on X11 a focused full-screen window is in
//   the layer above _NET_WM_STATE_ABOVE windows (EWMH 1.3 §7.10 "Stacking order").
// - A person drags a frameless window only by a `-webkit-app-region: drag` area
//   (frameless-window.md "Draggable region"; `no-drag` parts take the click): 'will-move' and
//   'moved' are macOS/Windows only, 'move' everywhere (browser-window.md events). On Wayland
//   the compositor moves it and the client learns no global position (xdg-shell): its bounds
//   and events stay as they were.
import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import type { Desktop, Focusable } from './desktop';
import type { Rectangle } from './geometry';
import type { Session } from './protocol';
import { WebContents } from './web-contents';
import { WindowPage, type PageWorld } from './window-page';

export interface WindowWorld extends PageWorld {
  desktop: Desktop;
  session: Session;
  track(win: BrowserWindow): void;
  untrack(win: BrowserWindow): void;
}

export type WindowOptions = Record<string, unknown> & {
  width?: number;
  height?: number;
  show?: boolean;
  backgroundColor?: string;
  webPreferences?: { preload?: string };
};

export class BrowserWindow extends EventEmitter implements Focusable {
  readonly webContents: WebContents;
  readonly label: string;
  bounds: Rectangle;
  visibleOnFullScreen = false;
  alwaysOnTop = false;
  alwaysOnTopLevel: string | null = null;
  backgroundColor: string;
  /** The colour a person saw each time the window was shown before its first paint. */
  readonly shownBeforePaint: string[] = [];
  private painted = false;
  private visible = false;
  private focused = false;
  private destroyed = false;
  private readonly pageHost: WindowPage;

  constructor(
    readonly options: WindowOptions,
    private readonly world: WindowWorld,
  ) {
    super();
    this.webContents = new WebContents(world.session);
    this.label = `window ${this.webContents.id}`;
    this.backgroundColor = options.backgroundColor ?? '#FFFFFF';
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    const area = world.desktop.displays[0]!.workArea;
    const placed =
      typeof options.x === 'number' &&
      typeof options.y === 'number' &&
      !world.desktop.personality.wayland;
    this.bounds = {
      x: placed ? (options.x as number) : Math.round(area.x + (area.width - width) / 2),
      y: placed ? (options.y as number) : Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
    world.track(this);
    this.pageHost = new WindowPage(
      world,
      this.webContents,
      { width, height },
      options.webPreferences?.preload,
    );
    this.webContents.loadURL = (url) => this.loadURL(url);
    this.webContents.isDestroyed = () => this.destroyed;
    this.webContents.reload = () => void this.loadURL(this.webContents.url).catch(() => undefined);
    this.webContents.on('did-finish-load', () => this.firstPaint());
    if (options.show !== false) this.show();
  }

  loadURL(url: string): Promise<void> {
    return this.pageHost.load(url);
  }

  /** For tests: the page once it exists. */
  async page(): Promise<Page> {
    await this.pageHost.ready;
    return this.webContents.page!;
  }

  private firstPaint(): void {
    if (this.painted || this.destroyed) return;
    this.painted = true;
    if (!this.visible) this.emit('ready-to-show', {});
  }

  setBackgroundColor(colour: string): void {
    this.backgroundColor = colour;
  }

  getBackgroundColor(): string {
    return this.backgroundColor;
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
    if (!wasVisible) {
      if (!this.painted) this.shownBeforePaint.push(this.backgroundColor);
      this.emit('show', {});
    }
    this.focus();
  }

  /** Shows without taking the focus (browser-window.md `showInactive`). */
  showInactive(): void {
    if (this.destroyed || this.visible) return;
    this.visible = true;
    if (!this.painted) this.shownBeforePaint.push(this.backgroundColor);
    this.emit('show', {});
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
    this.setBounds({ x, y });
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

  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = flag;
    const levels = this.world.desktop.personality.platform !== 'linux';
    this.alwaysOnTopLevel = flag ? (levels ? (level ?? 'floating') : null) : null;
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }

  /** Whether the window really stays above other apps' windows (not what it was told). */
  staysOnTop(): boolean {
    return this.alwaysOnTop && !this.world.desktop.personality.wayland;
  }

  /** Whether a person sees it over another app that fills the screen. */
  isSeenOverFullScreenApp(): boolean {
    if (!this.isVisible() || !this.staysOnTop()) return false;
    const platform = this.world.desktop.personality.platform;
    if (platform === 'darwin') return this.visibleOnFullScreen;
    return platform === 'win32';
  }

  /**
   * A person presses at `at` (window DIPs) and drags by (dx, dy). Returns whether the window
   * moved: only an app-region `drag` area under the pointer moves it.
   */
  async dragBy(at: { x: number; y: number }, dx: number, dy: number): Promise<boolean> {
    const page = await this.page();
    const region = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el ? getComputedStyle(el).getPropertyValue('-webkit-app-region') : '';
    }, at);
    if (region !== 'drag' || this.destroyed) return false;
    const desktop = this.world.desktop;
    if (desktop.personality.wayland) return true;
    const next = { ...this.bounds, x: this.bounds.x + dx, y: this.bounds.y + dy };
    const ends = desktop.personality.platform !== 'linux';
    if (ends) this.emit('will-move', { preventDefault: () => undefined }, next);
    this.bounds = next;
    this.emit('move', {});
    if (ends) this.emit('moved', {});
    return true;
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
    this.pageHost.close();
    this.emit('closed');
  }
}

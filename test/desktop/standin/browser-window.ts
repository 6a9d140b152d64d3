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
    const area = world.desktop.personality.displays[0]!.workArea;
    this.bounds = {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
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
    this.pageHost.close();
    this.emit('closed');
  }
}

// Tray, per platform personality. What each host does with a press, and which image it uses:
// - macOS NSStatusItem (shell/browser/ui/tray_icon_cocoa.mm): with a context menu set,
//   `mouseDown:` passes the press to AppKit, which pops the menu; the custom `mouseUp:` is
//   never invoked, so no 'click'. `rightMouseUp:` emits 'right-click'; AppKit pops an
//   attached menu on any press. `setTitle` draws text beside the image (tray.md, macOS only).
// - Windows notify icon (shell/browser/ui/win/notify_icon.cc HandleClickEvent,
//   notify_icon_host.cc): left press → 'click' with the icon bounds; the second press of a
//   double click arrives as WM_LBUTTONDBLCLK → 'double-click' (not a second 'click'); right
//   press → 'right-click' and the context menu. The icon is `GetHICON(SM_CXSMICON)` of the
//   NativeImage, made from its 1x bitmap (shell/common/api/electron_api_native_image_win.cc,
//   IconUtil::CreateHICONFromSkBitmap(image.AsBitmap())); the taskbar scales that bitmap to
//   SM_CXSMICON pixels.
// - Linux StatusNotifierItem/GtkStatusIcon (shell/browser/ui/tray_icon_gtk.cc): activation →
//   'click' with empty bounds; the host shows the menu on secondary press; getBounds is
//   macOS/Windows only (tray.md). The image is the representation with the largest scale,
//   passed at scale 1 (tray_icon_gtk.cc GetBestImageRep); the panel scales it to its size.
// - Linux AppIndicator (tray.md "Platform Considerations"; libappindicator): no 'click' at
//   all, the icon is only shown once it has a context menu, and any press opens that menu.
import { EventEmitter } from 'node:events';
import type { Desktop } from './desktop';
import type { Rectangle } from './geometry';
import type { Menu } from './menu';
import { NativeImage, type Representation } from './native-image';

const ZERO: Rectangle = { x: 0, y: 0, width: 0, height: 0 };

export interface TrayRecord {
  title: string;
  tooltip: string;
  /** Every image handed to setImage, newest last, with all its representations decoded. */
  images: Array<{ representations: Representation[]; template: boolean }>;
  menu: Menu | null;
  ignoreDoubleClick: boolean;
}

export class Tray extends EventEmitter {
  readonly record: TrayRecord = {
    title: '',
    tooltip: '',
    images: [],
    menu: null,
    ignoreDoubleClick: false,
  };
  private destroyed = false;

  constructor(
    image: NativeImage | string,
    private readonly desktop: Desktop,
    private readonly alive: () => boolean,
    private readonly onDestroy: (tray: Tray) => void,
  ) {
    super();
    this.setImage(image);
  }

  private get host() {
    return this.desktop.personality.trayHost;
  }

  setImage(image: NativeImage | string): void {
    const native = typeof image === 'string' ? NativeImage.createFromPath(image) : image;
    this.record.images.push({
      representations: native.representations.map((r) => ({ ...r })),
      template: native.isTemplateImage(),
    });
  }

  setPressedImage(): void {}

  setToolTip(text: string): void {
    this.record.tooltip = text;
  }

  /** tray.md: setTitle is macOS only; elsewhere the call does nothing. */
  setTitle(title: string): void {
    if (this.host === 'status-item') this.record.title = title;
  }

  getTitle(): string {
    return this.record.title;
  }

  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.record.ignoreDoubleClick = ignore;
  }

  setContextMenu(menu: Menu | null): void {
    this.record.menu = menu;
  }

  popUpContextMenu(menu?: Menu): void {
    const shown = menu ?? this.record.menu;
    if (shown) this.desktop.showMenu({ menu: shown, owner: 'tray' });
  }

  closeContextMenu(): void {
    this.desktop.closeMenu();
  }

  /** tray.md getBounds: macOS and Windows; other hosts answer zeros. */
  getBounds(): Rectangle {
    const p = this.desktop.personality;
    return p.trayHost === 'status-item' || p.trayHost === 'notify-icon'
      ? { ...p.trayBounds }
      : ZERO;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.onDestroy(this);
  }

  /** AppIndicator hides an icon that has no menu (tray.md). */
  isOnPanel(): boolean {
    if (this.destroyed || !this.alive()) return false;
    return this.host !== 'app-indicator' || this.record.menu !== null;
  }

  /** The image the panel draws, as the host picks it (see the header). */
  shownImage(): Representation | null {
    const last = this.record.images.at(-1);
    if (!last || last.representations.length === 0) return null;
    const image = new NativeImage();
    image.representations.push(...last.representations);
    if (this.host === 'notify-icon') return image.representationFor(1);
    // The menu bar of the display the item is on draws it at that display's scale.
    if (this.host === 'status-item')
      return image.representationFor(this.desktop.personality.scaleFactor);
    return [...last.representations].sort((a, b) => b.scaleFactor - a.scaleFactor)[0] ?? null;
  }

  private press(): boolean {
    if (!this.isOnPanel()) throw new Error('the tray icon is not on the panel');
    this.desktop.cursor = { ...this.desktop.personality.iconAt };
    // A press on the Windows taskbar or a Linux panel activates the shell first.
    if (this.host !== 'status-item') this.desktop.focus(null);
    return true;
  }

  private bounds(): Rectangle {
    return this.getBounds();
  }

  /** A left click as the platform delivers it. */
  click(): void {
    this.press();
    const menu = this.record.menu;
    if (this.host === 'app-indicator') {
      if (menu) this.popUpContextMenu(menu);
      return;
    }
    if (this.host === 'status-item' && menu) {
      this.popUpContextMenu(menu);
      return;
    }
    this.emit('click', { preventDefault() {} }, this.bounds(), { x: 0, y: 0 });
  }

  rightClick(): void {
    this.press();
    const menu = this.record.menu;
    if (this.host === 'status-item' || this.host === 'notify-icon') {
      this.emit('right-click', { preventDefault() {} }, this.bounds());
    }
    if (menu) this.popUpContextMenu(menu);
  }

  doubleClick(): void {
    this.press();
    if (this.host === 'app-indicator') {
      if (this.record.menu) this.popUpContextMenu(this.record.menu);
      return;
    }
    if (this.host === 'status-item') {
      if (this.record.menu) return this.popUpContextMenu(this.record.menu);
      // tray_icon_cocoa.mm mouseUp: clickCount 1 then 2; ignoreDoubleClick makes both clicks.
      this.emit('click', {}, this.bounds(), { x: 0, y: 0 });
      if (this.record.ignoreDoubleClick) this.emit('click', {}, this.bounds(), { x: 0, y: 0 });
      else this.emit('double-click', {}, this.bounds());
      return;
    }
    this.emit('click', {}, this.bounds(), { x: 0, y: 0 });
    this.press();
    if (this.host === 'notify-icon') this.emit('double-click', {}, this.bounds());
    else this.emit('click', {}, this.bounds(), { x: 0, y: 0 });
  }
}

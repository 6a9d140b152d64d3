import { join } from 'node:path';
import {
  Menu,
  nativeImage,
  screen,
  Tray,
  type MenuItemConstructorOptions,
  type Rectangle,
} from 'electron';
import type { Tone } from '../../common/glucose/vocabulary';
import { trayRepresentations } from '../core/tray/icon-set';
import type { TrayMenuAction, MenuItemModel } from '../core/tray/tray-menu';
import type { TrayPort } from '../core/ports';
import { renderToneMark } from '../core/tray/tone-mark';

export interface ElectronTrayOptions {
  /** Folder holding trayTemplate.png and trayTemplate@2x.png (build/tray, packed as resources/tray). */
  trayImagesDir: string;
  /** The app icon used when drawing the value fails. */
  fallbackIconPath: string;
  platform: NodeJS.Platform;
  /** A left click, with the bounds of the icon that was clicked. */
  onClick(bounds: Rectangle): void;
  /** Windows: a double click, after the first click already opened the popover. */
  onDoubleClick(bounds: Rectangle): void;
  onAction(action: TrayMenuAction): void;
}

/** The Electron Tray behind the TrayPort. No decisions: the presenter decides what to apply. */
export function createElectronTray(options: ElectronTrayOptions): {
  port: TrayPort;
  bounds(): Rectangle;
  destroy(): void;
} {
  // nativeImage finds the @2x sibling by name; "Template" in the name makes macOS tint it.
  const template = nativeImage.createFromPath(join(options.trayImagesDir, 'trayTemplate.png'));
  template.setTemplateImage(true);
  const tray = new Tray(template);
  const mac = options.platform === 'darwin';
  let menu: Menu | null = null;
  // The bounds the event carries are those of the icon that was clicked, on its own display
  // (docs/api/tray.md, event 'click'); getBounds() is only the fallback when they are empty.
  const boundsOf = (bounds: Rectangle | undefined): Rectangle =>
    bounds && (bounds.width > 0 || bounds.height > 0) ? bounds : tray.getBounds();
  if (mac) tray.setIgnoreDoubleClickEvents(true);
  tray.on('click', (event, bounds) => {
    // macOS: control-click is the keyboard form of a right click.
    if (mac && event.ctrlKey) return popUpMenu();
    options.onClick(boundsOf(bounds));
  });
  // Windows sends 'click' for the first press and 'double-click' for the second
  // (shell/browser/ui/win/notify_icon.cc, HandleClickEvent); the second press already blurred
  // the popover away, so the double click opens it again instead of toggling.
  tray.on('double-click', (_event, bounds) => options.onDoubleClick(boundsOf(bounds)));
  // macOS: a Tray with setContextMenu hands every click to AppKit, which pops the menu and
  // never emits 'click' (docs/api/tray.md; shell/browser/ui/tray_icon_cocoa.mm), so menubar
  // apps keep the menu off the icon and pop it up on right click themselves.
  if (mac) tray.on('right-click', () => popUpMenu());

  function popUpMenu(): void {
    if (menu) tray.popUpContextMenu(menu);
  }

  const toMenu = (items: readonly MenuItemModel[]): MenuItemConstructorOptions[] =>
    items.map((item) => {
      if (item.type === 'separator') return { type: 'separator' };
      const action = item.action;
      return {
        id: item.id,
        // '&' would become a Windows mnemonic marker (electron/electron#7346-style escaping).
        label: item.label.replaceAll('&', '&&'),
        type: item.type,
        checked: item.checked,
        enabled: item.enabled,
        ...(item.submenu ? { submenu: toMenu(item.submenu) } : {}),
        ...(action ? { click: () => options.onAction(action) } : {}),
      };
    });

  const port: TrayPort = {
    setTitle(text, { monospacedDigits }) {
      tray.setTitle(text, monospacedDigits ? { fontType: 'monospacedDigit' } : undefined);
    },
    setToolTip: (text) => tray.setToolTip(text),
    setTemplateImage: () => tray.setImage(template),
    setColouredImage(tone: Tone) {
      const image = nativeImage.createEmpty();
      image.addRepresentation({ scaleFactor: 1, buffer: renderToneMark(tone, 16) });
      image.addRepresentation({ scaleFactor: 2, buffer: renderToneMark(tone, 32) });
      tray.setImage(image);
    },
    setValueImage(icons) {
      // Windows' tray icon follows the primary display's scale (SM_CXSMICON, system DPI).
      const scale = screen.getPrimaryDisplay().scaleFactor;
      const image = nativeImage.createEmpty();
      for (const { scaleFactor, png } of trayRepresentations(icons, options.platform, scale)) {
        image.addRepresentation({ scaleFactor, buffer: png });
      }
      tray.setImage(image);
    },
    setFallbackImage: () => tray.setImage(nativeImage.createFromPath(options.fallbackIconPath)),
    setMenu(items) {
      menu = Menu.buildFromTemplate(toMenu(items));
      // Linux (AppIndicator/StatusNotifier) shows a menu only through setContextMenu, and
      // needs it set again after every change (docs/api/tray.md, platform limitations).
      if (!mac) tray.setContextMenu(menu);
    },
  };
  return { port, bounds: () => tray.getBounds(), destroy: () => tray.destroy() };
}

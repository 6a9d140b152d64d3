import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type Rectangle } from 'electron';
import type { Tone } from '../../common/glucose/vocabulary';
import type { TrayMenuAction, MenuItemModel } from '../core/tray/tray-menu';
import type { TrayPort } from '../core/tray/tray-port';
import { renderToneMark } from '../core/tray/tone-mark';

export interface ElectronTrayOptions {
  /** Folder holding trayTemplate.png and trayTemplate@2x.png (build/tray, packed as resources/tray). */
  trayImagesDir: string;
  /** The app icon used when drawing the value fails. */
  fallbackIconPath: string;
  platform: NodeJS.Platform;
  onClick(bounds: Rectangle): void;
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
  if (options.platform === 'darwin') tray.setIgnoreDoubleClickEvents(true);
  tray.on('click', () => options.onClick(tray.getBounds()));

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
      // Linux trays take one bitmap and scale it themselves: give them the sharpest.
      const chosen = options.platform === 'linux' ? icons.slice(-1) : icons;
      const image = nativeImage.createEmpty();
      for (const icon of chosen) {
        image.addRepresentation({
          scaleFactor: options.platform === 'linux' ? 1 : icon.scaleFactor,
          buffer: icon.png,
        });
      }
      tray.setImage(image);
    },
    setFallbackImage: () => tray.setImage(nativeImage.createFromPath(options.fallbackIconPath)),
    setMenu: (items) => tray.setContextMenu(Menu.buildFromTemplate(toMenu(items))),
  };
  return { port, bounds: () => tray.getBounds(), destroy: () => tray.destroy() };
}

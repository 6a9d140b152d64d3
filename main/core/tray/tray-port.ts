/**
 * What the tray presenter needs from the platform tray. The Electron adapter implements it
 * over `Tray` and `nativeImage`; tests use a recording fake. Every method is a plain
 * command: the presenter decides what changed, the adapter only applies it.
 */
import type { Tone } from '../../../common/glucose/vocabulary';
import type { IconSet } from './icon-set';
import type { MenuItemModel } from './tray-menu';

export interface TrayPort {
  /** macOS only: text next to the icon. */
  setTitle(text: string, options: { monospacedDigits: boolean }): void;
  setToolTip(text: string): void;
  /** The monochrome template icon macOS tints for light, dark and highlighted menu bars. */
  setTemplateImage(): void;
  /** A pre-drawn, non-template icon in the tone's colour (template images cannot carry colour). */
  setColouredImage(tone: Tone): void;
  /** The value drawn into the icon, one PNG per scale factor (Windows, Linux). */
  setValueImage(icons: IconSet): void;
  /** The static app icon, used when drawing the value failed. */
  setFallbackImage(): void;
  setMenu(items: readonly MenuItemModel[]): void;
}

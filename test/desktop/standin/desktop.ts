// The screen, pointer focus and what a person can see, shared by every app process on one
// machine. Window focus follows the platform: giving focus to a window blurs the one that had
// it (browser-window.md events 'focus'/'blur'); a press on the Windows taskbar or a Linux
// panel activates the shell, so the focused app window blurs before the tray hears the click
// (shell/browser/native_window_views_win.cc WM_ACTIVATE → OnWindowBlur; GTK/X11 FocusOut).
import type { Menu } from './menu';
import type { DisplaySpec, Personality } from './personalities';

export interface Focusable {
  readonly label: string;
  gainFocus(): void;
  loseFocus(): void;
}

export interface ShownMenu {
  menu: Menu;
  /** Which tray it belongs to, for the picture. */
  owner: string;
}

export interface ShownNotification {
  title: string;
  body: string;
  urgency: string | undefined;
}

export interface DialogRecord {
  kind: string;
  hasParent: boolean;
  options: Record<string, unknown>;
}

export class Desktop {
  focused: Focusable | null = null;
  /** Every menu that appeared on screen, in order (tests assert "never"). */
  readonly menusShown: ShownMenu[] = [];
  openMenu: ShownMenu | null = null;
  readonly notifications: ShownNotification[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** What the person answers the next save dialog with (null: cancel). */
  saveDialogAnswer: string | null = null;
  /** macOS: another app fills its own full-screen Space. */
  fullScreenAppActive = false;
  /** Panel colours and app theme: nativeTheme reads these (system.ts). */
  systemStyle: 'light' | 'dark' = 'dark';
  appTheme: 'light' | 'dark' = 'light';
  readonly log: string[] = [];
  /** Where the pointer is (DIPs). */
  cursor: { x: number; y: number } = { x: 0, y: 0 };

  /**
   * The displays plugged in now, primary first (screen.md); a test can unplug one between
   * launches. The OS moves windows off a removed display on its own; the app is only told.
   */
  displays: DisplaySpec[];

  constructor(readonly personality: Personality) {
    this.displays = [...personality.displays];
  }

  unplugDisplay(id: number): void {
    this.displays = this.displays.filter((d) => d.id !== id);
  }

  get panelColour(): readonly [number, number, number] {
    return this.personality.panel[this.systemStyle];
  }

  focus(target: Focusable | null): void {
    if (this.focused === target) return;
    const previous = this.focused;
    this.focused = target;
    this.log.push(`focus ${target?.label ?? 'desktop'}`);
    previous?.loseFocus();
    target?.gainFocus();
  }

  /** The person clicks on another app or the desktop background. */
  clickElsewhere(): void {
    this.closeMenu();
    this.focus(null);
  }

  showMenu(shown: ShownMenu): void {
    this.menusShown.push(shown);
    this.openMenu = shown;
    this.log.push(`menu shown by ${shown.owner}`);
  }

  closeMenu(): void {
    this.openMenu = null;
  }

  /** Chooses an item of the open menu by id, as a person clicking it. */
  chooseMenuItem(id: string): void {
    const open = this.openMenu;
    if (!open) throw new Error(`no menu is open to choose "${id}" from`);
    const item = open.menu.getMenuItemById(id);
    if (!item)
      throw new Error(`the open menu has no item "${id}": ${open.menu.labels().join(', ')}`);
    this.closeMenu();
    item.choose();
  }
}

// The smaller modules: nativeTheme, screen, powerMonitor, shell, dialog, Notification.
// - nativeTheme (docs/api/native-theme.md): shouldUseDarkColors is the APPS' theme;
//   shouldUseDarkColorsForSystemIntegratedUI is Windows' separate "Windows mode" (taskbar);
//   neither says what colour a Linux panel is (GNOME's top bar is black in both styles).
// - screen (screen.md): one display per personality, DIP bounds/workArea, scale factor; the
//   cursor is where the person last pressed (Wayland gives clients no global pointer position,
//   so it reads 0,0 there).
// - dialog (dialog.md): "The browserWindow argument allows the dialog to attach itself to a
//   parent window, making it modal"; without one the dialog is its own window and takes focus.
// - Notification (notification.md): macOS delivers notifications only for a signed app; an
//   unsigned build gets the 'failed' event and nothing on screen (issue #9, defect 7).
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from './browser-window';
import type { Desktop } from './desktop';
import type { Point } from './geometry';

export function createNativeTheme(desktop: Desktop) {
  const theme = new EventEmitter() as EventEmitter & Record<string, unknown>;
  Object.defineProperties(theme, {
    shouldUseDarkColors: { get: () => desktop.appTheme === 'dark' },
    shouldUseDarkColorsForSystemIntegratedUI: {
      get: () =>
        desktop.personality.platform === 'win32'
          ? desktop.systemStyle === 'dark'
          : desktop.appTheme === 'dark',
    },
    shouldUseHighContrastColors: { get: () => false },
    themeSource: { value: 'system', writable: true },
  });
  return theme;
}

export function createScreen(desktop: Desktop, cursor: () => Point) {
  const p = desktop.personality;
  const display = () => ({
    id: 1,
    label: 'Built-in display',
    bounds: { ...p.bounds },
    workArea: { ...p.workArea },
    size: { width: p.bounds.width, height: p.bounds.height },
    workAreaSize: { width: p.workArea.width, height: p.workArea.height },
    scaleFactor: p.scaleFactor,
    rotation: 0,
    internal: true,
    monochrome: false,
    touchSupport: 'unknown',
  });
  const screen = new EventEmitter();
  return Object.assign(screen, {
    getPrimaryDisplay: display,
    getAllDisplays: () => [display()],
    getDisplayNearestPoint: () => display(),
    getDisplayMatching: () => display(),
    getCursorScreenPoint: () => (p.wayland ? { x: 0, y: 0 } : cursor()),
  });
}

export function createDialog(
  desktop: Desktop,
  isWindow: (value: unknown) => value is BrowserWindow,
) {
  const record = (kind: string, args: unknown[]) => {
    const parent = isWindow(args[0]) ? args[0] : null;
    const options = (parent ? args[1] : args[0]) as Record<string, unknown>;
    desktop.dialogs.push({ kind, hasParent: parent !== null, options });
    if (!parent) desktop.focus(null);
    return options;
  };
  return {
    async showSaveDialog(...args: unknown[]) {
      record('save', args);
      const answer = desktop.saveDialogAnswer;
      return answer === null
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: answer };
    },
    async showOpenDialog(...args: unknown[]) {
      record('open', args);
      return { canceled: true, filePaths: [] };
    },
    async showMessageBox(...args: unknown[]) {
      record('message', args);
      return { response: 0, checkboxChecked: false };
    },
    showMessageBoxSync(...args: unknown[]) {
      record('message', args);
      return 0;
    },
    showErrorBox(title: string, content: string) {
      desktop.dialogs.push({ kind: 'error', hasParent: false, options: { title, content } });
    },
  };
}

export function createNotificationClass(desktop: Desktop, signed: () => boolean) {
  return class Notification extends EventEmitter {
    static isSupported(): boolean {
      return true;
    }
    constructor(readonly options: { title?: string; body?: string; urgency?: string }) {
      super();
    }
    show(): void {
      if (desktop.personality.platform === 'darwin' && !signed()) {
        setImmediate(() =>
          this.emit('failed', {}, 'Notifications are not allowed for this application'),
        );
        return;
      }
      desktop.notifications.push({
        title: this.options.title ?? '',
        body: this.options.body ?? '',
        urgency: this.options.urgency,
      });
      setImmediate(() => this.emit('show', {}));
    }
    close(): void {
      setImmediate(() => this.emit('close', {}));
    }
  };
}

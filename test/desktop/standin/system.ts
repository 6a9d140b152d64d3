// The smaller modules: nativeTheme, screen, powerMonitor, shell, dialog, Notification.
// - nativeTheme (docs/api/native-theme.md): shouldUseDarkColors is the APPS' theme;
//   shouldUseDarkColorsForSystemIntegratedUI is Windows' separate "Windows mode" (taskbar);
//   neither says what colour a Linux panel is (GNOME's top bar is black in both styles).
// - screen (screen.md): the personality's displays, primary first, each with DIP bounds, work
//   area and its own scale factor; getDisplayNearestPoint/getDisplayMatching pick among them.
//   The cursor is where the person last pressed (Wayland gives clients no global pointer
//   position, so it reads 0,0 there).
// - dialog (dialog.md): "The browserWindow argument allows the dialog to attach itself to a
//   parent window, making it modal"; without one the dialog is its own window and takes focus.
// - Notification (notification.md): macOS delivers notifications only for a signed app; an
//   unsigned build gets the 'failed' event and nothing on screen (issue #9, defect 7).
import { EventEmitter } from 'node:events';
import type { BrowserWindow } from './browser-window';
import type { Desktop } from './desktop';
import type { Point, Rectangle } from './geometry';
import type { DisplaySpec } from './personalities';

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
  const all = () => desktop.displays.map(toDisplay);
  const screen = new EventEmitter();
  return Object.assign(screen, {
    getPrimaryDisplay: () => all()[0]!,
    getAllDisplays: all,
    // screen.md: the display nearest the point (the one containing it, else the closest).
    getDisplayNearestPoint: (point: Point) => toDisplay(nearestDisplay(desktop.displays, point)),
    // screen.md: the display that most closely intersects the rectangle.
    getDisplayMatching: (r: Rectangle) =>
      toDisplay(
        [...desktop.displays].sort((a, b) => overlap(b.bounds, r) - overlap(a.bounds, r))[0]!,
      ),
    getCursorScreenPoint: () => (p.wayland ? { x: 0, y: 0 } : cursor()),
  });
}

function toDisplay(d: DisplaySpec) {
  return {
    id: d.id,
    label: d.label,
    bounds: { ...d.bounds },
    workArea: { ...d.workArea },
    size: { width: d.bounds.width, height: d.bounds.height },
    workAreaSize: { width: d.workArea.width, height: d.workArea.height },
    scaleFactor: d.scaleFactor,
    rotation: 0,
    internal: d.id === 1,
    monochrome: false,
    touchSupport: 'unknown',
  };
}

/** The display holding `point`, or the one whose edge is closest to it. */
export function nearestDisplay(displays: readonly DisplaySpec[], point: Point): DisplaySpec {
  const distance = (r: Rectangle) => {
    const dx = Math.max(r.x - point.x, 0, point.x - (r.x + r.width - 1));
    const dy = Math.max(r.y - point.y, 0, point.y - (r.y + r.height - 1));
    return Math.hypot(dx, dy);
  };
  return [...displays].sort((a, b) => distance(a.bounds) - distance(b.bounds))[0]!;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(w, 0) * Math.max(h, 0);
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

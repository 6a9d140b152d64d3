// The platforms the stand-in can be, one per run. Each value below is the behaviour of one
// desktop as Electron 45 meets it; the rule that uses it cites its source where it is applied.
import type { Rectangle } from './geometry';

export type PersonalityName =
  | 'darwin'
  | 'darwin-two-displays'
  | 'win32-100'
  | 'win32-125'
  | 'win32-150'
  | 'win32-200'
  | 'win32-mixed-dpi'
  | 'linux-x11'
  | 'linux-appindicator'
  | 'linux-wayland';

export type Rgb = readonly [number, number, number];

/** How the desktop delivers pointer input on the tray icon (see tray.ts for each rule). */
export type TrayHost = 'status-item' | 'notify-icon' | 'status-notifier' | 'app-indicator';

/** One monitor as `screen` describes it (docs/api/structures/display.md), in DIPs. */
export interface DisplaySpec {
  id: number;
  label: string;
  bounds: Rectangle;
  /** The bounds without the menu bar, taskbar or panel on that display. */
  workArea: Rectangle;
  scaleFactor: number;
}

export interface Personality {
  name: PersonalityName;
  platform: 'darwin' | 'win32' | 'linux';
  /** Every display, the primary first (screen.md getPrimaryDisplay/getAllDisplays). */
  displays: readonly DisplaySpec[];
  /** The display the tray icon the person uses sits on; its values are repeated below. */
  scaleFactor: number;
  bounds: Rectangle;
  workArea: Rectangle;
  trayHost: TrayHost;
  /** Where the icon sits in DIPs; zero where Electron cannot know it (tray.md getBounds). */
  trayBounds: Rectangle;
  /** Where the icon is drawn on the panel (DIPs): where the pointer is when it is pressed. */
  iconAt: { x: number; y: number };
  /** Pixel size the panel draws the icon at. */
  trayIconPx: number;
  /** The panel's own colour in each system style (what the digits must stand out from). */
  panel: { light: Rgb; dark: Rgb };
  /** Wayland: the compositor places windows and may refuse focus. */
  wayland: boolean;
  /** safeStorage key store selected when one is running (safe-storage.md). */
  keyStore: 'keychain' | 'dpapi' | 'gnome_libsecret' | 'kwallet5';
}

const rect = (x: number, y: number, width: number, height: number): Rectangle => ({
  x,
  y,
  width,
  height,
});

function display(
  id: number,
  bounds: Rectangle,
  panel: { top?: number; bottom?: number },
  scaleFactor: number,
): DisplaySpec {
  const top = panel.top ?? 0;
  const bottom = panel.bottom ?? 0;
  return {
    id,
    label: id === 1 ? 'Built-in display' : `Display ${id}`,
    bounds,
    workArea: rect(bounds.x, bounds.y + top, bounds.width, bounds.height - top - bottom),
    scaleFactor,
  };
}

type Rest = Omit<Personality, 'displays' | 'scaleFactor' | 'bounds' | 'workArea'>;

/** A personality whose tray sits on `displays[trayDisplay]`. */
function withDisplays(rest: Rest, displays: DisplaySpec[], trayDisplay = 0): Personality {
  const on = displays[trayDisplay]!;
  return {
    ...rest,
    displays,
    scaleFactor: on.scaleFactor,
    bounds: on.bounds,
    workArea: on.workArea,
  };
}

const MAC_PANEL = { light: [0xf6, 0xf6, 0xf6], dark: [0x26, 0x26, 0x26] } as const;

/** macOS: the menu bar (24 DIPs) is on every display, each with its own status items. */
function mac(name: PersonalityName, displays: DisplaySpec[], trayDisplay = 0): Personality {
  const { x, y } = displays[trayDisplay]!.bounds;
  return withDisplays(
    {
      name,
      platform: 'darwin',
      trayHost: 'status-item',
      trayBounds: rect(x + 1180, y, 64, 24),
      iconAt: { x: x + 1212, y: y + 12 },
      trayIconPx: 36,
      panel: MAC_PANEL,
      wayland: false,
      keyStore: 'keychain',
    },
    displays,
    trayDisplay,
  );
}

/** The panel each scale is usually met on: Windows' recommended scale for that panel. */
const WINDOWS_PANELS = {
  100: [1920, 1080],
  125: [1920, 1080],
  150: [2560, 1440],
  200: [3840, 2160],
};

/** DIPs shrink with the scale. The Windows 11 taskbar is 48 DIPs high. */
function windowsDisplay(id: number, percent: 100 | 125 | 150 | 200, x = 0): DisplaySpec {
  const scale = percent / 100;
  const [pixelsWide, pixelsHigh] = WINDOWS_PANELS[percent];
  const bounds = rect(x, 0, Math.round(pixelsWide! / scale), Math.round(pixelsHigh! / scale));
  return display(id, bounds, { bottom: 48 }, scale);
}

/**
 * Windows: the notification area is on the primary display's taskbar only, and the icon
 * follows the primary display's scale (SM_CXSMICON for the system DPI).
 */
function windows(name: PersonalityName, displays: DisplaySpec[]): Personality {
  const { bounds, scaleFactor } = displays[0]!;
  const right = bounds.x + bounds.width;
  const bottom = bounds.y + bounds.height;
  return withDisplays(
    {
      name,
      platform: 'win32',
      trayHost: 'notify-icon',
      trayBounds: rect(right - 190, bottom - 40, 24, 32),
      iconAt: { x: right - 178, y: bottom - 24 },
      // SM_CXSMICON: 16 px at 100 %, scaled with the DPI (Win32 GetSystemMetricsForDpi).
      trayIconPx: Math.round(16 * scaleFactor),
      panel: { light: [0xee, 0xee, 0xee], dark: [0x20, 0x20, 0x20] },
      wayland: false,
      keyStore: 'dpapi',
    },
    displays,
  );
}

/** A 1920×1080 Linux desktop at scale 1; only the panel and the tray host differ. */
function linux(
  name: PersonalityName,
  host: 'kde' | 'gnome',
  options: { wayland: boolean },
): Personality {
  const gnome = host === 'gnome';
  const screen = rect(0, 0, 1920, 1080);
  return withDisplays(
    {
      name,
      platform: 'linux',
      trayHost: gnome ? 'app-indicator' : 'status-notifier',
      trayBounds: rect(0, 0, 0, 0),
      // GNOME: a black top bar of 32; KDE Plasma: a bottom panel of 44.
      iconAt: gnome ? { x: 1700, y: 16 } : { x: 1780, y: 1058 },
      trayIconPx: gnome ? 16 : 22,
      // GNOME Shell's top bar is black in the light style as well as the dark one; KDE
      // Plasma's panel follows the Plasma style, not the GTK theme apps report.
      panel: gnome
        ? { light: [0x00, 0x00, 0x00], dark: [0x00, 0x00, 0x00] }
        : { light: [0xef, 0xf0, 0xf1], dark: [0x20, 0x23, 0x26] },
      wayland: options.wayland,
      keyStore: gnome ? 'gnome_libsecret' : 'kwallet5',
    },
    [display(1, screen, gnome ? { top: 32 } : { bottom: 44 }, 1)],
  );
}

const RETINA_LAPTOP = display(1, rect(0, 0, 1440, 900), { top: 24 }, 2);

export const PERSONALITIES: Readonly<Record<PersonalityName, Personality>> = {
  darwin: mac('darwin', [RETINA_LAPTOP]),
  // A Retina laptop with an external 1x monitor to its right; the person uses the menu bar on
  // the external one, so the click carries bounds on that display (tray.md 'click').
  'darwin-two-displays': mac(
    'darwin-two-displays',
    [RETINA_LAPTOP, display(2, rect(1440, -180, 1920, 1080), { top: 24 }, 1)],
    1,
  ),
  'win32-100': windows('win32-100', [windowsDisplay(1, 100)]),
  'win32-125': windows('win32-125', [windowsDisplay(1, 125)]),
  'win32-150': windows('win32-150', [windowsDisplay(1, 150)]),
  'win32-200': windows('win32-200', [windowsDisplay(1, 200)]),
  // A 150 % primary monitor with the taskbar's tray, and a 100 % monitor to its left.
  'win32-mixed-dpi': windows('win32-mixed-dpi', [
    windowsDisplay(1, 150),
    windowsDisplay(2, 100, -1920),
  ]),
  'linux-x11': linux('linux-x11', 'kde', { wayland: false }),
  'linux-appindicator': linux('linux-appindicator', 'gnome', { wayland: false }),
  'linux-wayland': linux('linux-wayland', 'kde', { wayland: true }),
};

export const ALL_PERSONALITIES = Object.keys(PERSONALITIES) as PersonalityName[];

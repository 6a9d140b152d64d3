// The platforms the stand-in can be, one per run. Each value below is the behaviour of one
// desktop as Electron 45 meets it; the rule that uses it cites its source where it is applied.
import type { Rectangle } from './geometry';

export type PersonalityName =
  | 'darwin'
  | 'win32-100'
  | 'win32-125'
  | 'win32-150'
  | 'win32-200'
  | 'linux-x11'
  | 'linux-appindicator'
  | 'linux-wayland';

export type Rgb = readonly [number, number, number];

/** How the desktop delivers pointer input on the tray icon (see tray.ts for each rule). */
export type TrayHost = 'status-item' | 'notify-icon' | 'status-notifier' | 'app-indicator';

export interface Personality {
  name: PersonalityName;
  platform: 'darwin' | 'win32' | 'linux';
  scaleFactor: number;
  /** The one display, in DIPs; the work area leaves out the menu bar, taskbar or panel. */
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

/** The panel each scale is usually met on: Windows' recommended scale for that panel. */
const WINDOWS_PANELS = {
  100: [1920, 1080],
  125: [1920, 1080],
  150: [2560, 1440],
  200: [3840, 2160],
};

function windows(percent: 100 | 125 | 150 | 200): Personality {
  const scale = percent / 100;
  // DIPs shrink with the scale. The Windows 11 taskbar is 48 DIPs high.
  const [pixelsWide, pixelsHigh] = WINDOWS_PANELS[percent];
  const width = Math.round(pixelsWide! / scale);
  const height = Math.round(pixelsHigh! / scale);
  return {
    name: `win32-${percent}`,
    platform: 'win32',
    scaleFactor: scale,
    bounds: rect(0, 0, width, height),
    workArea: rect(0, 0, width, height - 48),
    trayHost: 'notify-icon',
    trayBounds: rect(width - 190, height - 40, 24, 32),
    // SM_CXSMICON: 16 px at 100 %, scaled with the DPI (Win32 GetSystemMetricsForDpi).
    iconAt: { x: width - 178, y: height - 24 },
    trayIconPx: Math.round(16 * scale),
    panel: { light: [0xee, 0xee, 0xee], dark: [0x20, 0x20, 0x20] },
    wayland: false,
    keyStore: 'dpapi',
  };
}

export const PERSONALITIES: Readonly<Record<PersonalityName, Personality>> = {
  darwin: {
    name: 'darwin',
    platform: 'darwin',
    scaleFactor: 2,
    bounds: rect(0, 0, 1440, 900),
    workArea: rect(0, 24, 1440, 876),
    trayHost: 'status-item',
    trayBounds: rect(1180, 0, 64, 24),
    iconAt: { x: 1212, y: 12 },
    trayIconPx: 36,
    panel: { light: [0xf6, 0xf6, 0xf6], dark: [0x26, 0x26, 0x26] },
    wayland: false,
    keyStore: 'keychain',
  },
  'win32-100': windows(100),
  'win32-125': windows(125),
  'win32-150': windows(150),
  'win32-200': windows(200),
  'linux-x11': {
    name: 'linux-x11',
    platform: 'linux',
    scaleFactor: 1,
    bounds: rect(0, 0, 1920, 1080),
    workArea: rect(0, 0, 1920, 1036),
    trayHost: 'status-notifier',
    trayBounds: rect(0, 0, 0, 0),
    iconAt: { x: 1780, y: 1058 },
    trayIconPx: 22,
    // KDE Plasma's panel follows the Plasma style, not the GTK theme apps report.
    panel: { light: [0xef, 0xf0, 0xf1], dark: [0x20, 0x23, 0x26] },
    wayland: false,
    keyStore: 'kwallet5',
  },
  'linux-appindicator': {
    name: 'linux-appindicator',
    platform: 'linux',
    scaleFactor: 1,
    bounds: rect(0, 0, 1920, 1080),
    workArea: rect(0, 32, 1920, 1048),
    trayHost: 'app-indicator',
    trayBounds: rect(0, 0, 0, 0),
    iconAt: { x: 1700, y: 16 },
    trayIconPx: 16,
    // GNOME Shell's top bar is black in the light style as well as the dark one.
    panel: { light: [0x00, 0x00, 0x00], dark: [0x00, 0x00, 0x00] },
    wayland: false,
    keyStore: 'gnome_libsecret',
  },
  'linux-wayland': {
    name: 'linux-wayland',
    platform: 'linux',
    scaleFactor: 1,
    bounds: rect(0, 0, 1920, 1080),
    workArea: rect(0, 0, 1920, 1036),
    trayHost: 'status-notifier',
    trayBounds: rect(0, 0, 0, 0),
    iconAt: { x: 1780, y: 1058 },
    trayIconPx: 22,
    panel: { light: [0xef, 0xf0, 0xf1], dark: [0x20, 0x23, 0x26] },
    wayland: true,
    keyStore: 'kwallet5',
  },
};

export const ALL_PERSONALITIES = Object.keys(PERSONALITIES) as PersonalityName[];

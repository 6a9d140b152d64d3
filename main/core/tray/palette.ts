/**
 * Colours for the value drawn into the tray icon, per tone and per TASKBAR theme (Windows
 * has separate "Windows mode" and "app mode"; the icon sits on the former, see
 * nativeTheme.shouldUseDarkColorsForSystemIntegratedUI). Every pair was chosen for WCAG
 * contrast against the reference taskbars below: text ≥ 4.5:1, badge shape ≥ 3:1.
 */
import type { Tone } from '../../../common/glucose/vocabulary';

export type TaskbarTheme = 'light' | 'dark';
export type Rgb = readonly [number, number, number];

export interface IconColours {
  /** Colour of the digits. */
  ink: Rgb;
  /** Filled background behind the digits (urgent states), or null for bare digits. */
  badge: Rgb | null;
  /** Colour of the stale slash, or null when the value is current. */
  mark: Rgb | null;
}

/** Taskbar colours the palette is checked against (Windows 10/11, common Linux panels). */
export const REFERENCE_TASKBARS: Readonly<Record<TaskbarTheme, readonly Rgb[]>> = {
  dark: [
    [0x00, 0x00, 0x00],
    [0x1f, 0x1f, 0x1f],
    [0x20, 0x20, 0x20],
    [0x2b, 0x2b, 0x2b],
  ],
  light: [
    [0xff, 0xff, 0xff],
    [0xf3, 0xf3, 0xf3],
    [0xee, 0xee, 0xee],
  ],
};

function hex(value: number): Rgb {
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

type Ink = { ink: Rgb; badge: Rgb | null };

const PALETTE: Readonly<Record<TaskbarTheme, Readonly<Record<Tone, Ink>>>> = {
  dark: {
    inRange: { ink: hex(0xf2f2f2), badge: null },
    none: { ink: hex(0xe0e0e0), badge: null },
    low: { ink: hex(0xff6b6b), badge: null },
    // White on red only clears 4.5:1 in a narrow band that still stands out from #2b2b2b.
    urgentLow: { ink: hex(0xffffff), badge: hex(0xe3263a) },
    high: { ink: hex(0xffb84d), badge: null },
    urgentHigh: { ink: hex(0x111111), badge: hex(0xffb020) },
    stale: { ink: hex(0x949494), badge: null },
  },
  light: {
    inRange: { ink: hex(0x1a1a1a), badge: null },
    none: { ink: hex(0x3c3c3c), badge: null },
    low: { ink: hex(0xc8102e), badge: null },
    urgentLow: { ink: hex(0xffffff), badge: hex(0xc8102e) },
    // Amber text vanishes on a light taskbar, so "high" turns to a dark orange here.
    high: { ink: hex(0x9e5000), badge: null },
    urgentHigh: { ink: hex(0x111111), badge: hex(0xd96800) },
    stale: { ink: hex(0x666666), badge: null },
  },
};

/** Stale wins over every range colour: an old value must never look current. */
export function iconColours(tone: Tone, stale: boolean, theme: TaskbarTheme): IconColours {
  const themed = PALETTE[theme];
  if (stale || tone === 'stale') {
    return { ink: themed.stale.ink, badge: null, mark: themed.inRange.ink };
  }
  return { ...themed[tone], mark: null };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1..21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

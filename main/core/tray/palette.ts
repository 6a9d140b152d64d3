/**
 * Colours of the tray value tile. The tile is opaque and fills the icon, so the digits'
 * immediate background is always the tile, never the panel: the icon reads on any panel
 * colour without knowing it (Linux cannot report its panel colour, and a GNOME top bar is
 * black even in the light style). Every ink/fill pair is ≥ 4.5:1 (WCAG AA for text).
 *
 * Colour is never the only signal. Lows are white on a dark red tile, highs black on a light
 * amber tile: they differ in lightness and polarity, which survives every kind of colour
 * blindness. Urgent tones add an inverted band behind the trend cue (see rasterize.ts), and
 * a stale value gets a grey tile with a dotted cue instead of an arrow.
 */
import type { Tone } from '../../../common/glucose/vocabulary';

/** What the panel behind the icon looks like, where the platform can tell (Windows). */
export type TaskbarTheme = 'light' | 'dark';
export type Rgb = readonly [number, number, number];

export interface TileColours {
  /** The tile behind the digits and the trend cue. */
  fill: Rgb;
  /** Digits and trend cue. */
  ink: Rgb;
  /** Urgent tones invert the band behind the trend cue (ink-coloured band, fill-coloured cue). */
  urgent: boolean;
}

/**
 * Panels the tile is checked against and shown on in the preview sheet: Windows 11 light and
 * dark taskbars, GNOME's black top bar, KDE Breeze (light and dark), a macOS-like light bar
 * and two saturated panels people pick on purpose (a blue and an Ubuntu-like aubergine).
 */
export const REFERENCE_PANELS: ReadonlyArray<{ name: string; rgb: Rgb }> = [
  { name: 'Windows light', rgb: [0xee, 0xee, 0xee] },
  { name: 'Windows dark', rgb: [0x20, 0x20, 0x20] },
  { name: 'GNOME', rgb: [0x00, 0x00, 0x00] },
  { name: 'Breeze light', rgb: [0xef, 0xf0, 0xf1] },
  { name: 'Breeze dark', rgb: [0x31, 0x36, 0x3b] },
  { name: 'white', rgb: [0xff, 0xff, 0xff] },
  { name: 'blue', rgb: [0x1e, 0x5a, 0xa8] },
  { name: 'aubergine', rgb: [0x2c, 0x00, 0x1e] },
];

function hex(value: number): Rgb {
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

const WHITE = hex(0xffffff);
const NEAR_BLACK = hex(0x141414);

const TILES: Readonly<Record<Tone, TileColours>> = {
  // Calm: a near-black tile with white digits looks like plain digits on a dark panel and
  // like any other dark tray glyph on a light one.
  inRange: { fill: hex(0x1c1c1c), ink: WHITE, urgent: false },
  none: { fill: hex(0x1c1c1c), ink: WHITE, urgent: false },
  low: { fill: hex(0xb8102a), ink: WHITE, urgent: false },
  urgentLow: { fill: hex(0xb8102a), ink: WHITE, urgent: true },
  high: { fill: hex(0xffb020), ink: NEAR_BLACK, urgent: false },
  urgentHigh: { fill: hex(0xff9a1a), ink: NEAR_BLACK, urgent: true },
  // Mid grey with light grey digits: readable, but plainly not the live, white-on-black value.
  stale: { fill: hex(0x575757), ink: hex(0xd6d6d6), urgent: false },
};

/** Stale wins over every range colour: an old value must never look current. */
export function tileColours(tone: Tone, stale: boolean): TileColours {
  return stale ? TILES.stale : TILES[tone];
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

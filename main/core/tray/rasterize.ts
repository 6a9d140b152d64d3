/**
 * Draws a short text (the glucose value or a status glyph) into a square RGBA tray icon.
 * Windows and Linux trays have no title, so the number has to be pixels (electron/electron
 * #13148, #5497). Pure: same spec and size, same bytes.
 */
import type { Tone } from '../../../common/glucose/vocabulary';
import { iconColours, type Rgb, type TaskbarTheme } from './palette';
import { FONTS, glyphFor, measureText, type PixelFont } from './pixel-font';

export interface ValueIconSpec {
  text: string;
  tone: Tone;
  stale: boolean;
  /** The TASKBAR's theme, which can differ from the apps' theme on Windows. */
  theme: TaskbarTheme;
}

/** Tray icon sizes for 100, 125, 150 and 200 % display scaling. */
export type IconSize = 16 | 20 | 24 | 32;
export const ICON_SIZES: readonly IconSize[] = [16, 20, 24, 32];

export interface RasterImage {
  width: number;
  height: number;
  /** Straight (non-premultiplied) RGBA, row-major. */
  rgba: Uint8Array;
}

export interface TextLayout {
  font: PixelFont;
  scale: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The tallest font whose text fits inside `inset` pixels of margin; on ties the heavier one.
 * Fitting counts every digit as the widest one, so 131 and 398 get the same size and the
 * value does not jump between fonts as it changes. Fonts are doubled only at 32 px (200 %),
 * where that reproduces the 100 % design exactly; at 24 px a doubled 1 px font looks coarser
 * than the native bold ones.
 */
export function layoutText(text: string, size: number, inset: number): TextLayout {
  const room = size - 2 * inset;
  const scales = size >= 32 ? [1, 2] : [1];
  const rank = (c: { font: PixelFont; scale: number }): number =>
    c.font.height * c.scale * 100 + c.font.stroke * c.scale;
  let best: { font: PixelFont; scale: number } | null = null;
  for (const font of FONTS) {
    for (const scale of scales) {
      const fits = measureText(font, text, true) * scale <= room && font.height * scale <= room;
      if (fits && (!best || rank({ font, scale }) > rank(best))) best = { font, scale };
    }
  }
  if (!best) throw new RangeError(`"${text}" does not fit a ${size} px tray icon`);
  const width = measureText(best.font, text) * best.scale;
  const height = best.font.height * best.scale;
  return {
    ...best,
    width,
    height,
    x: Math.floor((size - width) / 2),
    y: Math.floor((size - height) / 2),
  };
}

function put(rgba: Uint8Array, size: number, x: number, y: number, rgb: Rgb, alpha = 255): void {
  if (x < 0 || y < 0 || x >= size || y >= size) return;
  const i = (y * size + x) * 4;
  rgba.set([rgb[0], rgb[1], rgb[2], alpha], i);
}

/** Rounded square over the whole icon; corner pixels get partial alpha (4×4 supersampling). */
function drawBadge(rgba: Uint8Array, size: number, rgb: Rgb): void {
  const radius = size / 8;
  const inside = (px: number, py: number): boolean => {
    const cx = Math.min(Math.max(px, radius), size - radius);
    const cy = Math.min(Math.max(py, radius), size - radius);
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      }
      if (hits > 0) put(rgba, size, x, y, rgb, Math.round((hits / 16) * 255));
    }
  }
}

function drawText(rgba: Uint8Array, size: number, text: string, at: TextLayout, rgb: Rgb): void {
  let penX = at.x;
  for (const char of text) {
    const glyph = glyphFor(at.font, char);
    glyph.ink.forEach((on, i) => {
      if (!on) return;
      const gx = penX + (i % glyph.width) * at.scale;
      const gy = at.y + Math.floor(i / glyph.width) * at.scale;
      for (let dy = 0; dy < at.scale; dy++) {
        for (let dx = 0; dx < at.scale; dx++) put(rgba, size, gx + dx, gy + dy, rgb);
      }
    });
    penX += (glyph.width + at.font.spacing) * at.scale;
  }
}

/**
 * A continuous corner-to-corner slash drawn over the digits, brighter (dark theme) or darker
 * (light theme) than the greyed digits. It is deliberately not knocked out of the digits nor
 * hidden behind them: both were tried, and the broken-up slash left stray dots that read as
 * decimal points (`13.1`), which is worse than a slash crossing a stroke.
 */
function drawStaleSlash(rgba: Uint8Array, size: number, rgb: Rgb): void {
  const thickness = size >= 24 ? 2 : 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = x + y - (size - 1);
      if (d <= 0 && d > -thickness) put(rgba, size, x, y, rgb);
    }
  }
}

export function renderValueIcon(spec: ValueIconSpec, size: IconSize): RasterImage {
  const colours = iconColours(spec.tone, spec.stale, spec.theme);
  const inset = colours.badge ? (size >= 24 ? 2 : 1) : 0;
  const layout = layoutText(spec.text, size, inset);
  const rgba = new Uint8Array(size * size * 4);
  if (colours.badge) drawBadge(rgba, size, colours.badge);
  drawText(rgba, size, spec.text, layout, colours.ink);
  if (colours.mark) drawStaleSlash(rgba, size, colours.mark);
  return { width: size, height: size, rgba };
}

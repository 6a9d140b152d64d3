/**
 * Draws the tray value icon: an opaque tile in the range colour, the value on it and the
 * trend cue under it. Windows and Linux trays have no title, so the number and the arrow
 * have to be pixels (electron/electron #13148, #5497). Pure: same spec and size, same bytes.
 */
import type { Tone, Trend } from '../../../common/glucose/vocabulary';
import {
  ICON_SIZES,
  SIZE_PLANS,
  glyphBox,
  layoutText,
  type IconSize,
  type TextLayout,
} from './icon-layout';
import { tileColours, type Rgb } from './palette';
import { glyphFor } from './pixel-font';
import { trendCue, type InkMask } from './trend-cue';

export { ICON_SIZES, type IconSize };

export interface ValueIconSpec {
  /** The value (`131`, `7.3`, `HI`) or a lone glyph (`?`, `!`, `—`, the privacy mask). */
  text: string;
  tone: Tone;
  stale: boolean;
  /** The trend cue under the value; null draws the text alone (status glyphs, privacy). */
  trend: Trend | null;
}

export interface RasterImage {
  width: number;
  height: number;
  /** Straight (non-premultiplied) RGBA, row-major. */
  rgba: Uint8Array;
}

function put(image: RasterImage, x: number, y: number, rgb: Rgb): void {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  const i = (y * image.width + x) * 4;
  // Keep the tile's alpha: ink never pokes out of the rounded corners.
  if (image.rgba[i + 3] === 0) return;
  image.rgba.set([rgb[0], rgb[1], rgb[2]], i);
}

/** Rounded square over the whole icon; corner pixels get partial alpha (4×4 supersampling). */
function drawTile(image: RasterImage, rgb: Rgb): void {
  const size = image.width;
  const radius = Math.max(2, size / 8);
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
      const i = (y * size + x) * 4;
      if (hits > 0) image.rgba.set([rgb[0], rgb[1], rgb[2], Math.round((hits / 16) * 255)], i);
    }
  }
}

function drawText(image: RasterImage, text: string, at: TextLayout, rgb: Rgb): void {
  let penX = at.x;
  for (const char of text) {
    const glyph = glyphFor(at.font, char);
    glyph.ink.forEach((on, i) => {
      if (on) put(image, penX + (i % glyph.width), at.y + Math.floor(i / glyph.width), rgb);
    });
    penX += glyph.width + at.font.spacing;
  }
}

function drawMask(image: RasterImage, mask: InkMask, x0: number, y0: number, rgb: Rgb): void {
  mask.ink.forEach((on, i) => {
    if (on) put(image, x0 + (i % mask.width), y0 + Math.floor(i / mask.width), rgb);
  });
}

/** The rows from `top` to the bottom edge, in the ink colour (inside the tile's corners). */
function drawUrgentBand(image: RasterImage, top: number, rgb: Rgb): void {
  for (let y = top; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) put(image, x, y, rgb);
  }
}

export function renderValueIcon(spec: ValueIconSpec, size: IconSize): RasterImage {
  const plan = SIZE_PLANS[size];
  const colours = tileColours(spec.tone, spec.stale);
  const image: RasterImage = { width: size, height: size, rgba: new Uint8Array(size * size * 4) };
  drawTile(image, colours.fill);
  if (spec.trend === null) {
    drawText(image, spec.text, layoutText(spec.text, glyphBox(size)), colours.ink);
    return image;
  }
  drawText(image, spec.text, layoutText(spec.text, plan.value), colours.ink);
  const { cue, value } = plan;
  // A stale value's trend describes a moment long gone: the cue says "no trend" instead.
  const trend = spec.stale ? 'unknown' : spec.trend;
  const mask = trendCue(trend, cue.width, cue.height);
  if (colours.urgent && !spec.stale) {
    // One fill-coloured row always separates the band from the digits, and one band row
    // sits above the cue where the size allows, so an arrow does not read as a notch in the band.
    const bandTop = Math.max(cue.y - 1, value.y + value.height + 1);
    drawUrgentBand(image, bandTop, colours.ink);
    const top = bandTop + 1 + cue.height <= size ? Math.max(cue.y, bandTop + 1) : cue.y;
    drawMask(image, mask, cue.x, top, colours.fill);
  } else {
    drawMask(image, mask, cue.x, cue.y, colours.ink);
  }
  return image;
}

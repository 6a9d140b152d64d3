/**
 * Where the value and the trend cue go in each tray size. Designed per size rather than
 * scaled, because a 16 px icon (100 %) and a 32 px one (200 %) have different room: the
 * value on top, the trend cue in the rows below it, both inside an opaque tile.
 */
import { FONTS, measureText, type PixelFont } from './pixel-font';

/** Tray icon sizes for 100, 125, 150 and 200 % display scaling. */
export type IconSize = 16 | 20 | 24 | 32;
export const ICON_SIZES: readonly IconSize[] = [16, 20, 24, 32];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface SizePlan {
  /** Where the digits may go when a trend cue is shown. */
  value: Box;
  /** The trend cue's strip. */
  cue: Box;
}

export const SIZE_PLANS: Readonly<Record<IconSize, SizePlan>> = {
  16: {
    value: { x: 1, y: 1, width: 14, height: 9 },
    // Five rows down to the tile's bottom edge: a one-stroke arrow needs an odd size.
    cue: { x: 1, y: 11, width: 14, height: 5 },
  },
  20: {
    value: { x: 1, y: 1, width: 18, height: 11 },
    cue: { x: 1, y: 13, width: 18, height: 6 },
  },
  24: {
    value: { x: 2, y: 1, width: 20, height: 12 },
    cue: { x: 2, y: 15, width: 20, height: 8 },
  },
  32: {
    value: { x: 2, y: 2, width: 28, height: 14 },
    cue: { x: 2, y: 18, width: 28, height: 12 },
  },
};

/** Where a lone glyph (status sign, privacy mask) goes: the tile inside its side margins. */
export function glyphBox(size: IconSize): Box {
  const { value } = SIZE_PLANS[size];
  return { x: value.x, y: value.x, width: value.width, height: size - 2 * value.x };
}

export interface TextLayout {
  font: PixelFont;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The widest text of the same kind as `text`: every mg/dL value is fitted as if it were
 * `888`, every mmol/L value as `88.8` (with its own decimal mark), HI/LO like three digits.
 * So 99 and 100, or 5.6 and 12.4, get the same font and the same visual weight.
 */
export function fitTemplate(text: string): string {
  const mark = [...text].find((c) => c === '.' || c === ',');
  if (mark) {
    const [whole = '', fraction = ''] = text.split(mark);
    return `${'8'.repeat(Math.max(2, whole.length))}${mark}${'8'.repeat(Math.max(1, fraction.length))}`;
  }
  if (/^[0-9]+$/.test(text) || text === 'HI' || text === 'LO') {
    return '8'.repeat(Math.max(3, text.length));
  }
  return text;
}

/** The tallest font (then the heaviest) whose template fits the box, centred in it. */
export function layoutText(text: string, box: Box): TextLayout {
  const template = fitTemplate(text);
  const rank = (font: PixelFont): number => font.height * 100 + font.stroke;
  let best: PixelFont | null = null;
  for (const font of FONTS) {
    const fits = measureText(font, template, true) <= box.width && font.height <= box.height;
    if (fits && (!best || rank(font) > rank(best))) best = font;
  }
  if (!best) throw new RangeError(`"${text}" does not fit a ${box.width}×${box.height} box`);
  const width = measureText(best, text);
  return {
    font: best,
    width,
    height: best.height,
    x: box.x + Math.floor((box.width - width) / 2),
    y: box.y + Math.floor((box.height - best.height) / 2),
  };
}

// A PNG decoder for what the app hands to Tray and nativeImage: 8-bit greyscale, RGB, palette
// or RGBA with alpha, non-interlaced (PNG spec, ISO/IEC 15948 §6–§9). Anything else is
// refused loudly rather than guessed. The encoder is main/core/tray/png.ts.
import { inflateSync } from 'node:zlib';
import { paeth } from '../../../main/core/tray/png';

export interface DecodedPng {
  width: number;
  height: number;
  /** Straight RGBA, row-major. */
  rgba: Uint8Array;
}

const SIGNATURE = '89504e470d0a1a0a';
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i += 1) {
      const a = i >= bpp ? out[y * stride + i - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= bpp ? out[(y - 1) * stride + i - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!];
      if (predictor === undefined) throw new Error(`PNG: unknown filter ${filter}`);
      out[y * stride + i] = (row[i]! + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Buffer): DecodedPng {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG');
  let offset = 8;
  let header: Buffer | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG: no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = header.subarray(8, 13);
  const channels = CHANNELS[colourType!];
  if (depth !== 8 || interlace !== 0 || channels === undefined) {
    throw new Error(`PNG: unsupported depth ${depth} / colour type ${colourType} / interlace`);
  }
  const raw = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p += 1) {
    const s = raw.subarray(p * channels, (p + 1) * channels);
    let px: number[];
    if (colourType === 3) {
      const i = s[0]!;
      px = [palette![i * 3]!, palette![i * 3 + 1]!, palette![i * 3 + 2]!, transparency?.[i] ?? 255];
    } else if (colourType === 0) px = [s[0]!, s[0]!, s[0]!, 255];
    else if (colourType === 4) px = [s[0]!, s[0]!, s[0]!, s[1]!];
    else if (colourType === 2) px = [s[0]!, s[1]!, s[2]!, 255];
    else px = [s[0]!, s[1]!, s[2]!, s[3]!];
    rgba.set(px, p * 4);
  }
  return { width, height, rgba };
}

/**
 * Minimal PNG encoder (8-bit RGBA, non-interlaced) on node:zlib alone, so the tray can draw
 * the value into its icon without a native image library (docs/tray.md).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BYTES_PER_PIXEL = 4;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG Paeth predictor (ISO/IEC 15948 §9.4), shared with the stand-in's decoder. */
export function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Writes one row with the given filter type into `out` (length stride + 1). */
function filterRow(
  filter: number,
  row: Uint8Array,
  prev: Uint8Array | null,
  out: Uint8Array,
): number {
  out[0] = filter;
  let cost = 0;
  for (let i = 0; i < row.length; i++) {
    const x = row[i] ?? 0;
    const a = i >= BYTES_PER_PIXEL ? (row[i - BYTES_PER_PIXEL] ?? 0) : 0;
    const b = prev ? (prev[i] ?? 0) : 0;
    const c = prev && i >= BYTES_PER_PIXEL ? (prev[i - BYTES_PER_PIXEL] ?? 0) : 0;
    let predicted = 0;
    if (filter === 1) predicted = a;
    else if (filter === 2) predicted = b;
    else if (filter === 3) predicted = (a + b) >> 1;
    else if (filter === 4) predicted = paeth(a, b, c);
    const value = (x - predicted) & 0xff;
    out[i + 1] = value;
    // Minimum sum of absolute signed differences: the heuristic the PNG spec suggests.
    cost += value < 128 ? value : 256 - value;
  }
  return cost;
}

/** Encodes straight (non-premultiplied) RGBA pixels, row-major, top row first. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`PNG size must be positive integers, got ${width}x${height}`);
  }
  const stride = width * BYTES_PER_PIXEL;
  if (rgba.length !== stride * height) {
    throw new RangeError(`expected ${stride * height} RGBA bytes, got ${rgba.length}`);
  }
  const filtered = Buffer.alloc((stride + 1) * height);
  const candidate = new Uint8Array(stride + 1);
  for (let y = 0; y < height; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : null;
    const target = filtered.subarray(y * (stride + 1), (y + 1) * (stride + 1));
    let best = filterRow(0, row, prev, target);
    for (let filter = 1; filter <= 4 && best > 0; filter++) {
      const cost = filterRow(filter, row, prev, candidate);
      if (cost < best) {
        best = cost;
        target.set(candidate);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method: adaptive
  header[12] = 0; // no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * On-disk format of the reading history, version 1.
 *
 * One file per patient per UTC day, `<dir>/<patient>/YYYY-MM-DD.bin`, so retention deletes whole
 * files and a day file never grows past ~46 kB. Every number is little-endian.
 *
 * Header, 16 bytes at offset 0:
 *   0  4  magic "GBHR"
 *   4  2  uint16 format version (1). A future format bumps this and migrates; version 1 code
 *         leaves files with a newer version untouched instead of guessing at them.
 *   6  2  uint16 record size (16)
 *   8  4  uint32 the UTC day the file holds (days since 1970-01-01), guards against renamed files
 *  12  4  uint32 CRC-32 of bytes 0..11, XOR HEADER_CRC_MASK so a header can never pass for a record
 *
 * Records, 16 bytes each from offset 16, in the order they were written (not sorted):
 *   0  4  uint32 sensor time (FactoryTimestamp), epoch seconds UTC
 *   4  2  uint16 mg/dL
 *   6  2  int16  wearer's UTC offset in minutes, -32768 when unknown
 *   8  1  uint8  trend: 0 unknown, 1 falling quickly, 2 falling, 3 flat, 4 rising, 5 rising quickly
 *                (LibreLinkUp's TrendArrow numbering)
 *   9  1  uint8  flags: bits 0-1 sensor limit (0 none, 1 HI, 2 LO), bits 2-3 source (0 live,
 *                1 graph, 2 logbook), bits 4-7 zero
 *  10  2  reserved, zero
 *  12  4  uint32 CRC-32 of bytes 0..11
 *
 * Why this survives crashes: files are only ever appended to (or replaced whole by rename), so a
 * crash or power cut can leave at most a partial last record. Because every record has the same
 * size and its own checksum, a torn tail or a damaged record costs exactly that record: the reader
 * steps to the next 16-byte slot. Zero-filled slots (some filesystems leave those after power loss)
 * fail the checksum too. A file with any damage is rewritten clean before anything is appended
 * to it again, so new records never land misaligned after a partial one.
 */
import type { Reading, ReadingSource, SensorLimit, Trend } from '../glucose/reading';
import { crc32 } from './crc32';

export const HEADER_SIZE = 16;
export const RECORD_SIZE = 16;
export const FORMAT_VERSION = 1;
export const OFFSET_UNKNOWN = -32768;

const MAGIC = [0x47, 0x42, 0x48, 0x52]; // "GBHR"
const HEADER_CRC_MASK = 0x5a5a5a5a;

const TRENDS: readonly Trend[] = [
  'unknown',
  'fallingQuickly',
  'falling',
  'flat',
  'rising',
  'risingQuickly',
];
const LIMITS: readonly SensorLimit[] = [null, 'HI', 'LO'];
const SOURCES: readonly ReadingSource[] = ['live', 'graph', 'logbook'];

/** A record's fields as stored, in the units of the file. */
export interface RecordFields {
  seconds: number;
  mgdl: number;
  offset: number;
  trend: number;
  flags: number;
}

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function encodeHeader(day: number): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE);
  const view = viewOf(bytes);
  bytes.set(MAGIC, 0);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint16(6, RECORD_SIZE, true);
  view.setUint32(8, day, true);
  view.setUint32(12, (crc32(bytes, 0, 12) ^ HEADER_CRC_MASK) >>> 0, true);
  return bytes;
}

export type HeaderCheck =
  { kind: 'ok' } | { kind: 'unsupported'; version: number } | { kind: 'corrupt' };

export function checkHeader(bytes: Uint8Array, day: number): HeaderCheck {
  if (bytes.length < HEADER_SIZE) return { kind: 'corrupt' };
  const view = viewOf(bytes);
  const magicOk = MAGIC.every((b, i) => bytes[i] === b);
  const crcOk = view.getUint32(12, true) === (crc32(bytes, 0, 12) ^ HEADER_CRC_MASK) >>> 0;
  if (!magicOk || !crcOk) return { kind: 'corrupt' };
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) return { kind: 'unsupported', version };
  if (view.getUint16(6, true) !== RECORD_SIZE || view.getUint32(8, true) !== day) {
    return { kind: 'corrupt' };
  }
  return { kind: 'ok' };
}

/** Writes one record into `bytes` at `at`. Fields must already be in range (see normalize.ts). */
export function writeRecord(bytes: Uint8Array, at: number, f: RecordFields): void {
  const view = viewOf(bytes);
  view.setUint32(at, f.seconds, true);
  view.setUint16(at + 4, f.mgdl, true);
  view.setInt16(at + 6, f.offset, true);
  bytes[at + 8] = f.trend;
  bytes[at + 9] = f.flags;
  bytes[at + 10] = 0;
  bytes[at + 11] = 0;
  view.setUint32(at + 12, crc32(bytes, at, at + 12), true);
}

/**
 * Reads the record at `at` into `out`. False when the slot is not a valid record: wrong checksum,
 * or fields no version-1 writer produces (checked too, so damage that happens to keep the CRC
 * valid, or a stray header, never becomes a reading).
 */
export function readRecord(
  view: DataView,
  bytes: Uint8Array,
  at: number,
  out: RecordFields,
): boolean {
  if (view.getUint32(at + 12, true) !== crc32(bytes, at, at + 12)) return false;
  const trend = bytes[at + 8]!;
  const flags = bytes[at + 9]!;
  if (trend >= TRENDS.length || flags > 0x0f || (flags & 3) === 3 || flags >> 2 === 3) return false;
  if (bytes[at + 10] !== 0 || bytes[at + 11] !== 0) return false;
  out.seconds = view.getUint32(at, true);
  out.mgdl = view.getUint16(at + 4, true);
  out.offset = view.getInt16(at + 6, true);
  out.trend = trend;
  out.flags = flags;
  return true;
}

export function fieldsOf(reading: Reading): RecordFields {
  return {
    seconds: reading.time / 1000,
    mgdl: reading.mgdl,
    offset: reading.localOffsetMinutes ?? OFFSET_UNKNOWN,
    trend: TRENDS.indexOf(reading.trend),
    flags: LIMITS.indexOf(reading.sensorLimit) | (SOURCES.indexOf(reading.source) << 2),
  };
}

export function readingOf(f: RecordFields): Reading {
  return decodeReading(f.seconds * 1000, f.mgdl, f.offset, f.trend, f.flags);
}

/** Builds a Reading from stored codes (hot path of range queries: no intermediate objects). */
export function decodeReading(
  time: number,
  mgdl: number,
  offset: number,
  trend: number,
  flags: number,
): Reading {
  return {
    time,
    mgdl,
    trend: TRENDS[trend] ?? 'unknown',
    sensorLimit: LIMITS[flags & 3] ?? null,
    localOffsetMinutes: offset === OFFSET_UNKNOWN ? null : offset,
    source: SOURCES[flags >> 2] ?? 'live',
  };
}

export function isKnownTrend(value: unknown): value is Trend {
  return TRENDS.includes(value as Trend);
}
export function isKnownLimit(value: unknown): value is SensorLimit {
  return LIMITS.includes(value as SensorLimit);
}
export function isKnownSource(value: unknown): value is ReadingSource {
  return SOURCES.includes(value as ReadingSource);
}

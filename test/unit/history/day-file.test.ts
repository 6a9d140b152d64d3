import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../main/core/history/crc32';
import { parseDayFile } from '../../../main/core/history/day-file';
import { dayFileName, dayOf, parseDayFileName } from '../../../main/core/history/days';
import {
  HEADER_SIZE,
  RECORD_SIZE,
  encodeHeader,
  fieldsOf,
  viewOf,
  writeRecord,
} from '../../../main/core/history/record-format';
import type { Reading } from '../../../main/core/glucose/reading';
import { MINUTE, T0, minuteReadings } from './helpers';

const DAY0 = dayOf(T0);

function fileOf(readings: readonly Reading[], day = DAY0): Uint8Array {
  const bytes = new Uint8Array(HEADER_SIZE + readings.length * RECORD_SIZE);
  bytes.set(encodeHeader(day));
  readings.forEach((r, i) => writeRecord(bytes, HEADER_SIZE + i * RECORD_SIZE, fieldsOf(r)));
  return bytes;
}

const all = (bytes: Uint8Array) => parseDayFile(bytes, DAY0).series.range(-Infinity, Infinity);

describe('day file names', () => {
  it('are UTC dates and parse back; anything else is not ours', () => {
    expect(dayFileName(DAY0)).toBe('2026-11-24.bin');
    expect(parseDayFileName('2026-11-24.bin')).toBe(DAY0);
    for (const name of [
      '2026-02-31.bin',
      '2026-11-24.bin.tmp',
      'x2026-11-24.bin',
      '2026-1-24.bin',
    ]) {
      expect(parseDayFileName(name)).toBeNull();
    }
  });
});

describe('parseDayFile', () => {
  const readings = minuteReadings(T0, 10);

  it('reads a clean file, sorted even when written out of order', () => {
    const shuffled = [readings[5]!, ...readings.slice(0, 5), ...readings.slice(6)];
    const parsed = parseDayFile(fileOf(shuffled), DAY0);
    expect(parsed.status).toBe('ok');
    expect(parsed.issues).toEqual([]);
    expect(all(fileOf(shuffled))).toEqual(readings);
  });

  it('a torn last record costs only that record', () => {
    const bytes = fileOf(readings).subarray(0, HEADER_SIZE + 9 * RECORD_SIZE + 7);
    const parsed = parseDayFile(bytes, DAY0);
    expect(parsed.status).toBe('damaged');
    expect(parsed.issues).toEqual([expect.objectContaining({ kind: 'torn_write', records: 1 })]);
    expect(all(bytes)).toEqual(readings.slice(0, 9));
  });

  it('garbage in the middle costs only the records it overwrote', () => {
    const bytes = fileOf(readings);
    bytes.fill(0xab, HEADER_SIZE + 3 * RECORD_SIZE + 2, HEADER_SIZE + 3 * RECORD_SIZE + 9);
    const parsed = parseDayFile(bytes, DAY0);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ kind: 'corrupt_record', records: 1 }),
    ]);
    expect(all(bytes)).toEqual([...readings.slice(0, 3), ...readings.slice(4)]);
  });

  it('keeps the records behind a damaged header', () => {
    const bytes = fileOf(readings);
    bytes[1] = 0;
    const parsed = parseDayFile(bytes, DAY0);
    expect(parsed.status).toBe('damaged');
    expect(parsed.issues.map((i) => i.kind)).toEqual(['corrupt_header']);
    expect(all(bytes)).toEqual(readings);
  });

  it('reads nothing from a newer format', () => {
    const bytes = fileOf(readings);
    // A real newer file has a valid header checksum; recompute it the way the format does.
    const fixed = encodeHeader(DAY0);
    viewOf(fixed).setUint16(4, 2, true);
    viewOf(fixed).setUint32(12, (crc32(fixed, 0, 12) ^ 0x5a5a5a5a) >>> 0, true);
    bytes.set(fixed);
    const parsed = parseDayFile(bytes, DAY0);
    expect(parsed.status).toBe('unsupported');
    expect(parsed.series.length).toBe(0);
  });

  it('treats a record from another day as damaged', () => {
    const stray = minuteReadings(T0 + 86_400_000 + MINUTE, 1);
    const bytes = fileOf([...readings.slice(0, 2), ...stray]);
    const parsed = parseDayFile(bytes, DAY0);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ kind: 'corrupt_record', records: 1 }),
    ]);
    expect(parsed.series.length).toBe(2);
  });

  it('a file shorter than its header is a torn write with nothing in it', () => {
    for (const length of [0, 5, 15]) {
      const parsed = parseDayFile(fileOf(readings).subarray(0, length), DAY0);
      expect(parsed.status).toBe('damaged');
      expect(parsed.issues.map((i) => i.kind)).toEqual(['torn_write']);
      expect(parsed.series.length).toBe(0);
    }
  });
});

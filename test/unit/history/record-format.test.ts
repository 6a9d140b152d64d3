import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../main/core/history/crc32';
import {
  HEADER_SIZE,
  RECORD_SIZE,
  checkHeader,
  encodeHeader,
  fieldsOf,
  readRecord,
  readingOf,
  viewOf,
  writeRecord,
  type RecordFields,
} from '../../../main/core/history/record-format';
import { T0, reading } from './helpers';

const blank = (): RecordFields => ({ seconds: 0, mgdl: 0, offset: 0, trend: 0, flags: 0 });

function encode(r: ReturnType<typeof reading>): Uint8Array {
  const bytes = new Uint8Array(RECORD_SIZE);
  writeRecord(bytes, 0, fieldsOf(r));
  return bytes;
}

describe('crc32', () => {
  it('matches zlib.crc32 on any bytes and any slice', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const start = bytes.length === 0 ? 0 : a % bytes.length;
        const end = start + (bytes.length === 0 ? 0 : b % (bytes.length - start + 1));
        expect(crc32(bytes, start, end)).toBe(zlibCrc32(bytes.subarray(start, end)));
      }),
    );
  });

  it('has the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('record format', () => {
  it('round-trips every trend, limit, source and offset', () => {
    const trends = [
      'fallingQuickly',
      'falling',
      'flat',
      'rising',
      'risingQuickly',
      'unknown',
    ] as const;
    for (const trend of trends) {
      for (const sensorLimit of ['HI', 'LO', null] as const) {
        for (const source of ['live', 'graph', 'logbook'] as const) {
          for (const localOffsetMinutes of [null, 0, 60, -300, 345, -720, 840]) {
            const r = reading(T0 + 61_000, 501, { trend, sensorLimit, source, localOffsetMinutes });
            const bytes = encode(r);
            const out = blank();
            expect(readRecord(viewOf(bytes), bytes, 0, out)).toBe(true);
            expect(readingOf(out)).toEqual(r);
          }
        }
      }
    }
  });

  it('is 16 bytes, little-endian, with the checksum of the first 12', () => {
    const bytes = encode(reading(T0, 0x0102, { localOffsetMinutes: -1, trend: 'rising' }));
    const view = viewOf(bytes);
    expect(view.getUint32(0, true)).toBe(T0 / 1000);
    expect([bytes[4], bytes[5]]).toEqual([0x02, 0x01]);
    expect(view.getInt16(6, true)).toBe(-1);
    expect(bytes[8]).toBe(4);
    expect(view.getUint32(12, true)).toBe(zlibCrc32(bytes.subarray(0, 12)));
  });

  it('rejects any single flipped bit', () => {
    const good = encode(reading(T0, 150));
    for (let bit = 0; bit < RECORD_SIZE * 8; bit++) {
      const bytes = good.slice();
      bytes[bit >> 3]! ^= 1 << (bit & 7);
      expect(readRecord(viewOf(bytes), bytes, 0, blank())).toBe(false);
    }
  });

  it('rejects zero-filled slots and field codes no writer produces, even with a valid checksum', () => {
    const zeros = new Uint8Array(RECORD_SIZE);
    expect(readRecord(viewOf(zeros), zeros, 0, blank())).toBe(false);
    for (const [at, value] of [
      [8, 6],
      [9, 3],
      [9, 0x0c],
      [9, 0x10],
      [10, 1],
    ] as const) {
      const bytes = encode(reading(T0));
      bytes[at] = value;
      viewOf(bytes).setUint32(12, crc32(bytes, 0, 12), true);
      expect(readRecord(viewOf(bytes), bytes, 0, blank())).toBe(false);
    }
  });

  it('header carries magic, version and day, and never reads as a record', () => {
    const header = encodeHeader(20_000);
    expect(header.length).toBe(HEADER_SIZE);
    expect(new TextDecoder().decode(header.subarray(0, 4))).toBe('GBHR');
    expect(checkHeader(header, 20_000)).toEqual({ kind: 'ok' });
    expect(checkHeader(header, 20_001)).toEqual({ kind: 'corrupt' });
    expect(readRecord(viewOf(header), header, 0, blank())).toBe(false);
  });

  it('tells a newer version from a damaged header', () => {
    const header = encodeHeader(5);
    const bumped = header.slice();
    viewOf(bumped).setUint16(4, 2, true);
    const fixCrc = (bytes: Uint8Array) =>
      viewOf(bytes).setUint32(12, (crc32(bytes, 0, 12) ^ 0x5a5a5a5a) >>> 0, true);
    fixCrc(bumped);
    expect(checkHeader(bumped, 5)).toEqual({ kind: 'unsupported', version: 2 });
    const damaged = header.slice();
    damaged[4] = 9; // version changed, checksum not
    expect(checkHeader(damaged, 5)).toEqual({ kind: 'corrupt' });
    expect(checkHeader(header.subarray(0, 10), 5)).toEqual({ kind: 'corrupt' });
  });
});

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HistoryError,
  openHistory,
  patientDirName,
  type HistoryFs,
} from '../../../main/core/history';
import {
  DAY,
  MINUTE,
  T0,
  faultyFs,
  harness,
  minuteReadings,
  reading,
  tempDir,
  type Harness,
} from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  h = harness(dir);
});
afterEach(async () => {
  await h.closeAll();
  await cleanup();
});

describe('history store: append, range, latest', () => {
  it('stores readings and answers range and latest, oldest first', async () => {
    const store = h.open();
    const readings = minuteReadings(T0, 30);
    const fresh = await store.append('p1', [...readings].reverse());
    expect(fresh).toEqual(readings);
    expect(await store.range('p1', T0 + 10 * MINUTE, T0 + 20 * MINUTE)).toEqual(
      readings.slice(10, 20),
    );
    expect(await store.latest('p1')).toEqual(readings[29]);
    expect(await store.latest('nobody')).toBeNull();
    expect(await store.range('nobody', 0, Infinity)).toEqual([]);
    await store.close();
  });

  it('keeps patients apart', async () => {
    const store = h.open();
    await store.append('a', [reading(T0, 100)]);
    await store.append('b', [reading(T0, 200)]);
    expect((await store.range('a', 0, Infinity)).map((r) => r.mgdl)).toEqual([100]);
    expect((await store.range('b', 0, Infinity)).map((r) => r.mgdl)).toEqual([200]);
    expect((await readdir(dir)).sort()).toEqual([patientDirName('a'), patientDirName('b')]);
    await store.close();
  });

  it('ignores duplicates: same sensor time within 30 s, in one batch or across batches', async () => {
    const store = h.open();
    const first = await store.append('p', [reading(T0, 100), reading(T0 + 25_000, 101)]);
    expect(first.map((r) => r.mgdl)).toEqual([100]);
    const second = await store.append('p', [
      reading(T0 - 30_000, 102),
      reading(T0 + 30_000, 103),
      reading(T0 + 31_000, 104),
      reading(T0 - 31_000, 105),
    ]);
    expect(second.map((r) => r.mgdl)).toEqual([105, 104]);
    expect((await store.range('p', 0, Infinity)).map((r) => r.mgdl)).toEqual([105, 100, 104]);
    await store.close();
  });

  it('merges graph backfill older than live values', async () => {
    const store = h.open();
    const live = minuteReadings(T0 + 6 * 60 * MINUTE, 10).map((r) => ({
      ...r,
      source: 'live' as const,
    }));
    await store.append('p', live);
    const graph = minuteReadings(T0, 74, 5 * MINUTE).map((r) => ({
      ...r,
      source: 'graph' as const,
    }));
    const fresh = await store.append('p', graph);
    // Graph points at the live values' minutes are the same readings: the live ones stay.
    expect(fresh.length).toBe(74 - 2);
    const all = await store.range('p', 0, Infinity);
    expect(all.length).toBe(82);
    expect(all.map((r) => r.time)).toEqual([...all.map((r) => r.time)].sort((a, b) => a - b));
    expect(all.filter((r) => r.time >= live[0]!.time)).toEqual(live);
    await store.close();
  });

  it('survives a restart: same data back, and appending it again adds nothing', async () => {
    const readings = minuteReadings(T0 - DAY + 20 * 60 * MINUTE, 8 * 60); // crosses midnight
    const first = h.open();
    await first.append('p', readings);
    await first.close();
    const second = h.open();
    expect(await second.range('p', 0, Infinity)).toEqual(readings);
    expect(await second.append('p', readings)).toEqual([]);
    expect(
      await second.append(
        'p',
        readings.map((r) => ({ ...r, time: r.time + 20_000 })),
      ),
    ).toEqual([]);
    expect(second.problems()).toEqual([]);
    await second.close();
    const files = await readdir(join(dir, patientDirName('p')));
    expect(files.sort()).toEqual(['2026-11-23.bin', '2026-11-24.bin']);
  });

  it('drops duplicates found on disk (two writers, or both sides of midnight) when loading', async () => {
    const a = h.open();
    const b = h.open();
    await b.latest('p'); // loaded while the folder was empty
    const readings = [reading(T0 - 40_000, 100), ...minuteReadings(T0 + 10_000, 5)];
    await a.append('p', readings);
    await b.append(
      'p',
      readings.map((r) => ({ ...r, time: r.time + 5_000, mgdl: 1 })),
    );
    await a.close();
    await b.close();
    const loaded = await h.open().range('p', 0, Infinity);
    expect(loaded).toEqual(readings);
  });

  it('normalizes to what the file keeps and skips invalid readings with a warning', async () => {
    const store = h.open();
    const fresh = await store.append('p', [
      reading(T0 + 1_400, 120.4, { localOffsetMinutes: 59.6 }),
      reading(T0 + 5 * MINUTE, Number.NaN),
      reading(T0 + 6 * MINUTE, 100, { trend: 'sideways' as never }),
      reading(T0 + 7 * MINUTE, 100, { localOffsetMinutes: 5000 }),
    ]);
    expect(fresh).toEqual([
      reading(T0 + 1_000, 120, { localOffsetMinutes: 60 }),
      reading(T0 + 7 * MINUTE, 100, { localOffsetMinutes: null }),
    ]);
    const logged = (message: string) => h.logger.entries.filter((e) => e.message === message);
    expect(logged('history: reading ignored')).toHaveLength(1);
    // NaN is no value a sensor can report: refused by the plausibility gate before normalizing.
    expect(logged('history: reading refused')).toHaveLength(1);
    await store.close();
    expect(await h.open().range('p', 0, Infinity)).toEqual(fresh);
  });

  it('writes one batch per file per append', async () => {
    const appends: string[] = [];
    const fs = faultyFs({});
    const counting: HistoryFs = {
      ...fs,
      append: async (path, data) => {
        appends.push(path);
        await fs.append(path, data);
      },
    };
    const store = h.open({ fs: counting });
    await store.append('p', minuteReadings(T0 - 60 * MINUTE, 120));
    expect(appends.map((p) => p.slice(-14))).toEqual(['2026-11-23.bin', '2026-11-24.bin']);
    const size = (await stat(appends[1]!)).size;
    expect(size).toBe(16 + 60 * 16);
    await store.close();
  });

  it('loads lazily: nothing is read before a patient is used', async () => {
    const calls: string[] = [];
    const fs = faultyFs({});
    const spy: HistoryFs = {
      ...fs,
      readdir: async (d) => {
        calls.push(d);
        return fs.readdir(d);
      },
    };
    const store = h.open({ fs: spy });
    expect(calls).toEqual([]);
    await store.latest('p');
    await store.range('p', 0, 1);
    expect(calls).toEqual([join(dir, patientDirName('p'))]);
    await store.close();
  });

  it('refuses calls after close', async () => {
    const store = h.open();
    await store.close();
    await expect(store.append('p', [reading(T0)])).rejects.toMatchObject({ code: 'closed' });
    await expect(store.range('p', 0, 1)).rejects.toBeInstanceOf(HistoryError);
  });

  it('rejects nonsense options', () => {
    expect(() => h.open({ retentionDays: 0 })).toThrow(HistoryError);
    expect(() => h.open({ maxBytesPerPatient: -1 })).toThrow(HistoryError);
    expect(() => openHistory({ dir: '', clock: h.clock, logger: h.logger })).toThrow(HistoryError);
  });

  it('files readings by UTC day whatever the offset, and keeps offsets across DST', async () => {
    const store = h.open();
    const switchAt = Date.UTC(2026, 9, 25, 1, 0); // Europe leaves summer time
    h.clock.set(switchAt);
    const readings = [
      reading(Date.UTC(2026, 9, 24, 23, 30), 100, { localOffsetMinutes: 120 }), // local: the 25th
      reading(switchAt - MINUTE, 101, { localOffsetMinutes: 120 }),
      reading(switchAt, 102, { localOffsetMinutes: 60 }),
      reading(switchAt + 5 * MINUTE, 103, { localOffsetMinutes: -300 }),
    ];
    await store.append('p', readings);
    await store.close();
    expect((await readdir(join(dir, patientDirName('p')))).sort()).toEqual([
      '2026-10-24.bin',
      '2026-10-25.bin',
    ]);
    expect(await h.open().range('p', 0, Infinity)).toEqual(readings);
  });

  it('writes the documented bytes', async () => {
    const store = h.open();
    await store.append('p', [
      reading(T0 + 90_000, 131, { trend: 'rising', sensorLimit: 'HI', source: 'graph' }),
    ]);
    await store.close();
    const bytes = await readFile(join(dir, patientDirName('p'), '2026-11-24.bin'));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GBHR');
    expect(bytes.readUInt16LE(4)).toBe(1);
    expect(bytes.readUInt32LE(16)).toBe(T0 / 1000 + 90);
    expect(bytes.readUInt16LE(20)).toBe(131);
    expect(bytes.readInt16LE(22)).toBe(60);
    expect([bytes[24], bytes[25]]).toEqual([4, 1 | (1 << 2)]);
    expect(bytes.length).toBe(32);
  });
});

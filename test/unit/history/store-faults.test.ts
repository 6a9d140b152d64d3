import { mkdir, readFile, readdir, rm, rmdir, stat, truncate, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryError, patientDirName, type HistoryStore } from '../../../main/core/history';
import type { Reading } from '../../../main/core/glucose/reading';
import {
  MINUTE,
  T0,
  faultyFs,
  fsError,
  harness,
  minuteReadings,
  tempDir,
  type Harness,
} from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
const TODAY = '2026-11-24.bin';
const YESTERDAY = '2026-11-23.bin';
const fileOf = (name: string) => join(dir, patientDirName('p'), name);
const all = (store: HistoryStore) => store.range('p', 0, Infinity);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  h = harness(dir);
});
afterEach(async () => {
  await h.closeAll();
  await cleanup();
});

/** Stores 20 readings today (and 20 yesterday) and closes. */
async function seed(): Promise<{ today: Reading[]; yesterday: Reading[] }> {
  const today = minuteReadings(T0 + 60 * MINUTE, 20);
  const yesterday = minuteReadings(T0 - 120 * MINUTE, 20);
  const store = h.open();
  await store.append('p', [...yesterday, ...today]);
  await store.close();
  return { today, yesterday };
}

/** Opens the store, reads twice (problems must not repeat), returns what it saw. */
async function reopen(): Promise<{ store: HistoryStore; readings: Reading[] }> {
  const store = h.open();
  await all(store);
  return { store, readings: await all(store) };
}

const warnings = () =>
  h.logger.entries.filter((e) => e.message === 'history: problem in stored data');

describe('history store: damaged files', () => {
  it('a torn record at the end loses only that record, is reported once and repaired', async () => {
    const { today, yesterday } = await seed();
    await truncate(fileOf(TODAY), (await stat(fileOf(TODAY))).size - 5);
    const { store, readings } = await reopen();
    expect(readings).toEqual([...yesterday, ...today.slice(0, 19)]);
    expect(store.problems()).toEqual([
      expect.objectContaining({
        patientId: 'p',
        file: `${patientDirName('p')}/${TODAY}`,
        kind: 'torn_write',
        records: 1,
      }),
    ]);
    expect(warnings()).toHaveLength(1);
    // New readings land after the repair, aligned, and nothing is reported again.
    const more = minuteReadings(T0 + 100 * MINUTE, 3);
    await store.append('p', more);
    await store.close();
    const again = await reopen();
    expect(again.readings).toEqual([...yesterday, ...today.slice(0, 19), ...more]);
    expect(again.store.problems()).toEqual([]);
  });

  it('garbage in the middle loses only the record it hit', async () => {
    const { today, yesterday } = await seed();
    const bytes = await readFile(fileOf(TODAY));
    bytes.fill(0x5a, 16 + 7 * 16 + 3, 16 + 7 * 16 + 6);
    await writeFile(fileOf(TODAY), bytes);
    const { store, readings } = await reopen();
    expect(readings).toEqual([...yesterday, ...today.slice(0, 7), ...today.slice(8)]);
    expect(store.problems()).toEqual([
      expect.objectContaining({ kind: 'corrupt_record', records: 1 }),
    ]);
    await store.close();
  });

  it('a corrupt header loses nothing and is rewritten clean', async () => {
    const { today, yesterday } = await seed();
    const bytes = await readFile(fileOf(YESTERDAY));
    bytes.write('XXXX', 0, 'latin1');
    await writeFile(fileOf(YESTERDAY), bytes);
    const { store, readings } = await reopen();
    expect(readings).toEqual([...yesterday, ...today]);
    expect(store.problems().map((p) => [p.file.slice(-14), p.kind])).toEqual([
      [YESTERDAY, 'corrupt_header'],
    ]);
    await store.close();
    expect((await readFile(fileOf(YESTERDAY))).subarray(0, 4).toString('latin1')).toBe('GBHR');
    expect((await reopen()).store.problems()).toEqual([]);
  });

  it('an unreadable file (a directory where a day file belongs) is skipped and reported', async () => {
    const { today } = await seed();
    await rm(fileOf(YESTERDAY));
    await mkdir(fileOf(YESTERDAY));
    const { store, readings } = await reopen();
    expect(readings).toEqual(today);
    expect(store.problems()).toEqual([
      expect.objectContaining({
        kind: 'unreadable_file',
        file: `${patientDirName('p')}/${YESTERDAY}`,
      }),
    ]);
    // Writing to that day fails, typed, and keeps the reading in memory.
    const late = minuteReadings(T0 - 30 * MINUTE, 1);
    await expect(store.append('p', late)).rejects.toMatchObject({
      code: 'write_failed',
      unsaved: 1,
    });
    expect(await store.latest('p')).toEqual(today[19]);
    expect(await store.range('p', late[0]!.time, late[0]!.time + 1)).toEqual(late);
    // Once the obstacle is gone, the next append saves it.
    await rmdir(fileOf(YESTERDAY));
    await store.append('p', []);
    await store.close();
    expect((await reopen()).readings).toEqual([...late, ...today]);
  });

  it('a file that could not be read at load is read again before writing to its day', async () => {
    const { today, yesterday } = await seed();
    let failReads = true;
    const base = faultyFs({});
    const fs = faultyFs({
      readFile: async (path) => {
        if (failReads && path.endsWith(YESTERDAY)) throw fsError('EIO');
        return base.readFile(path);
      },
    });
    const store = h.open({ fs });
    expect(await all(store)).toEqual(today);
    failReads = false;
    const late = minuteReadings(T0 - 3 * MINUTE, 1);
    await store.append('p', late);
    expect(await all(store)).toEqual([...yesterday, ...late, ...today]);
    await store.close();
    const again = await reopen();
    expect(again.readings).toEqual([...yesterday, ...late, ...today]);
    expect(again.store.problems()).toEqual([]);
  });

  it('leaves a file of a newer format untouched', async () => {
    const { today } = await seed();
    const bytes = await readFile(fileOf(YESTERDAY));
    bytes.writeUInt16LE(2, 4);
    bytes.writeUInt32LE((crc32(bytes.subarray(0, 12)) ^ 0x5a5a5a5a) >>> 0, 12);
    await writeFile(fileOf(YESTERDAY), bytes);
    const { store, readings } = await reopen();
    expect(readings).toEqual(today);
    expect(store.problems().map((p) => p.kind)).toEqual(['unsupported_version']);
    await expect(store.append('p', minuteReadings(T0 - 5 * MINUTE, 1))).rejects.toBeInstanceOf(
      HistoryError,
    );
    await store.close().catch(() => {});
    expect(await readFile(fileOf(YESTERDAY))).toEqual(bytes);
  });

  it('removes a temporary file left by an interrupted rewrite', async () => {
    await seed();
    await writeFile(`${fileOf(TODAY)}.tmp`, 'partial');
    await reopen();
    expect((await readdir(join(dir, patientDirName('p')))).sort()).toEqual([YESTERDAY, TODAY]);
  });

  it('a patient folder that is not a folder is reported and writes fail typed', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, patientDirName('p')), 'not a folder');
    const store = h.open();
    expect(await all(store)).toEqual([]);
    expect(store.problems().map((p) => p.kind)).toEqual(['unreadable_file']);
    const r = minuteReadings(T0, 2);
    await expect(store.append('p', r)).rejects.toMatchObject({ code: 'write_failed' });
    expect(await all(store)).toEqual(r);
  });
});

describe('history store: write failures', () => {
  it('disk full: append throws a typed error, readings stay queryable, the next append saves them', async () => {
    let full = true;
    const base = faultyFs({});
    const fs = faultyFs({
      append: async (path, data) => {
        if (full) throw fsError('ENOSPC');
        await base.append(path, data);
      },
      replace: async (path, data) => {
        if (full) throw fsError('ENOSPC');
        await base.replace(path, data);
      },
    });
    const store = h.open({ fs });
    const first = minuteReadings(T0, 5);
    const error = await store.append('p', first).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryError);
    expect(error).toMatchObject({ code: 'write_failed', unsaved: 5 });
    expect((error as Error).message).toContain('ENOSPC');
    expect((error as HistoryError).accepted).toEqual(first);
    expect(await all(store)).toEqual(first);
    expect(await store.latest('p')).toEqual(first[4]);
    // Still full: the retry fails too and nothing is lost.
    await expect(store.append('p', first)).rejects.toMatchObject({ unsaved: 5 });
    full = false;
    const second = minuteReadings(T0 + 10 * MINUTE, 5);
    expect(await store.append('p', second)).toEqual(second);
    await store.close();
    const again = await reopen();
    expect(again.readings).toEqual([...first, ...second]);
    expect(again.store.problems()).toEqual([]);
  });

  it('a write that stops half-way is repaired by rewriting the day on the next append', async () => {
    const first = minuteReadings(T0, 5);
    const second = minuteReadings(T0 + 10 * MINUTE, 5);
    const third = minuteReadings(T0 + 20 * MINUTE, 5);
    let cut = false;
    const base = faultyFs({});
    const fs = faultyFs({
      append: async (path, data) => {
        if (!cut) return base.append(path, data);
        await base.append(path, data.subarray(0, 24)); // one and a half records
        throw fsError('EIO');
      },
    });
    const store = h.open({ fs });
    await store.append('p', first);
    cut = true;
    await expect(store.append('p', second)).rejects.toMatchObject({ code: 'write_failed' });
    cut = false;
    await store.append('p', third);
    await store.close();
    expect((await stat(fileOf(TODAY))).size).toBe(16 + 15 * 16);
    const again = await reopen();
    expect(again.readings).toEqual([...first, ...second, ...third]);
    expect(again.store.problems()).toEqual([]);
  });

  it('close reports readings it could not save', async () => {
    const fs = faultyFs({
      append: async () => {
        throw fsError('EROFS');
      },
      replace: async () => {
        throw fsError('EROFS');
      },
    });
    const store = h.open({ fs });
    await store.append('p', minuteReadings(T0, 3)).catch(() => {});
    await expect(store.close()).rejects.toMatchObject({ code: 'write_failed', unsaved: 3 });
    expect(h.logger.entries.some((e) => e.level === 'error' && e.fields?.unsaved === 3)).toBe(true);
  });

  it('appends racing a slow write are all saved exactly once', async () => {
    let release: () => void = () => {};
    let gate: Promise<void> | null = new Promise((r) => (release = r));
    const base = faultyFs({});
    const fs = faultyFs({
      append: async (path, data) => {
        if (gate) await gate;
        await base.append(path, data);
      },
    });
    const store = h.open({ fs });
    const batches = [0, 1, 2, 3].map((i) => minuteReadings(T0 + i * 10 * MINUTE, 5));
    const pending = batches.map((b) => store.append('p', b));
    await new Promise((r) => setTimeout(r, 10));
    expect(await all(store)).toEqual(batches.flat());
    gate = null;
    release();
    expect(await Promise.all(pending)).toEqual(batches);
    await store.close();
    expect((await stat(fileOf(TODAY))).size).toBe(16 + 20 * 16);
    expect((await reopen()).readings).toEqual(batches.flat());
  });
});

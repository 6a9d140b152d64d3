// Nothing lost: a damaged oversized file never costs intact days, two writers on one day never
// corrupt it, temp files are unique and only dead processes' leftovers are cleaned, and files
// are private (0600).
import { appendFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patientDirName } from '../../../main/core/history';
import { tempNameFor } from '../../../main/core/history/node-fs';
import {
  DAY,
  MINUTE,
  T0,
  harness,
  minuteReadings,
  reading,
  tempDir,
  type Harness,
} from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
const patientDir = () => join(dir, patientDirName('p'));
const dayFile = (start: number) =>
  join(patientDir(), `${new Date(start).toISOString().slice(0, 10)}.bin`);
const dayOfReadings = (start: number) => minuteReadings(start, 144, 10 * MINUTE);
/** One day file of 144 readings: header + 144 records of 16 bytes. */
const DAY_FILE_BYTES = 16 + 144 * 16;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  h = harness(dir, T0 + 3 * DAY + 23 * 60 * MINUTE + 55 * MINUTE);
});
afterEach(async () => {
  await h.closeAll();
  await cleanup();
});

describe('history: hostile disk states', () => {
  it('a damaged oversized day file never makes the size limit delete intact older days', async () => {
    const maxBytesPerPatient = 4 * DAY_FILE_BYTES + 100;
    const first = h.open({ maxBytesPerPatient });
    for (let d = 0; d < 4; d++) await first.append('p', dayOfReadings(T0 + d * DAY));
    await first.close();
    // Day 3 gets 50 KB of garbage after its intact records (a torn copy, a bad sync tool).
    await appendFile(dayFile(T0 + 3 * DAY), Buffer.alloc(50_000, 0xab));

    const second = h.open({ maxBytesPerPatient });
    expect(await second.range('p', 0, Infinity)).toHaveLength(4 * 144);
    await second.close();
    expect((await readdir(patientDir())).sort()).toHaveLength(4);
    const third = h.open({ maxBytesPerPatient });
    expect(await third.range('p', 0, Infinity)).toHaveLength(4 * 144);
    // Repaired: the garbage is gone, the intact records stay.
    expect((await stat(dayFile(T0 + 3 * DAY))).size).toBe(DAY_FILE_BYTES);
    await third.close();
  });

  it('two writers starting the same new day file do not corrupt it (one header)', async () => {
    const a = h.open();
    const b = h.open();
    const day = T0 + 3 * DAY;
    await Promise.all([
      a.append('p', [reading(day + 10 * MINUTE, 101)]),
      b.append('p', [reading(day + 20 * MINUTE, 102)]),
    ]);
    await Promise.all([a.close(), b.close()]);
    const fresh = h.open();
    const all = await fresh.range('p', 0, Infinity);
    expect(all.map((r) => r.mgdl)).toEqual([101, 102]);
    expect(fresh.problems()).toEqual([]);
    expect((await stat(dayFile(day))).size).toBe(16 + 2 * 16);
  });

  it('creates history files 0600 and folders 0700 (health data, owner only)', async () => {
    const store = h.open();
    await store.append('p', [reading(T0 + 3 * DAY, 120)]);
    await store.close();
    expect((await stat(dayFile(T0 + 3 * DAY))).mode & 0o777).toBe(0o600);
    expect((await stat(patientDir())).mode & 0o777).toBe(0o700);
  });

  it('temp names are unique; only a dead process’s leftover temp file is removed', async () => {
    const path = dayFile(T0);
    expect(tempNameFor(path)).not.toBe(tempNameFor(path));
    const store = h.open();
    await store.append('p', [reading(T0 + 3 * DAY, 120)]);
    await store.close();
    const dead = `${dayFile(T0 + 3 * DAY)}.999999999-deadbeef.tmp`;
    const live = `${dayFile(T0 + 3 * DAY)}.${process.pid}-beefcafe.tmp`;
    await writeFile(dead, 'x');
    await writeFile(live, 'x');
    const again = h.open();
    await again.range('p', 0, Infinity);
    const names = await readdir(patientDir());
    expect(names).not.toContain(dead.split('/').pop());
    expect(names).toContain(live.split('/').pop());
    await again.close();
  });
});

describe('history: readings that cannot be trusted never enter it', () => {
  const now = () => h.clock.now();
  const refusals = () => h.logger.entries.filter((e) => e.message === 'history: reading refused');

  it('refuses impossible values without HI/LO, keeps HI/LO and real values, and reports each once', async () => {
    const store = h.open();
    const at = now() - 10 * MINUTE;
    const bad = [reading(at, 0), reading(at + MINUTE, 65_536), reading(at + 2 * MINUTE, 1e9)];
    const good = [
      reading(at + 3 * MINUTE, 120),
      reading(at + 4 * MINUTE, 39, { sensorLimit: 'LO' }),
      reading(at + 5 * MINUTE, 501, { sensorLimit: 'HI' }),
    ];
    expect(await store.append('p', [...bad, ...good])).toEqual(good);
    // The live value repeats on every poll: the same bad reading is reported only once.
    for (let poll = 0; poll < 5; poll++) await store.append('p', [bad[1]!]);
    expect(refusals().map((e) => e.fields?.problem)).toEqual([
      'implausible',
      'implausible',
      'implausible',
    ]);
    await store.close();
    expect(await h.open().range('p', 0, Infinity)).toEqual(good);
  });

  it('holds back a reading dated beyond the clock-skew tolerance; the real one made at its time wins', async () => {
    const held = () =>
      h.logger.entries.filter((e) => /dated ahead of the clock held back/.test(e.message));
    const store = h.open();
    const future = reading(now() + 60 * MINUTE, 250);
    const nearFuture = reading(now() + 4 * MINUTE, 130);
    expect(await store.append('p', [future])).toEqual([]);
    expect(await store.append('p', [future])).toEqual([]);
    expect(await store.range('p', 0, Infinity)).toEqual([]);
    expect(await store.append('p', [nearFuture])).toEqual([nearFuture]);
    expect(held()).toHaveLength(1);
    expect(held()[0]?.fields).toMatchObject({ problem: 'futureDated', secondsAhead: 3600 });
    // An hour later the real reading made at that moment is stored, and the held one, once
    // its time has passed, loses to it.
    h.clock.advance(60 * MINUTE);
    const real = reading(future.time + 20_000, 110);
    expect(await store.append('p', [real])).toEqual([real]);
    h.clock.advance(10 * MINUTE);
    expect(await store.append('p', [reading(now(), 115)])).toHaveLength(1);
    expect((await store.range('p', 0, Infinity)).map((r) => r.mgdl)).toEqual([130, 110, 115]);
    await store.close();
  });

  it('a clock that was behind loses nothing: held readings are stored once their time has passed', async () => {
    const store = h.open();
    // This computer's clock is 20 minutes behind: every reading looks 20 minutes ahead.
    const ahead = [0, 1, 2].map((m) => reading(now() + (20 + m) * MINUTE, 120 + m));
    for (const r of ahead) expect(await store.append('p', [r])).toEqual([]);
    h.clock.advance(30 * MINUTE);
    const later = reading(now(), 130);
    expect(await store.append('p', [later])).toEqual([...ahead, later]);
    await store.close();
    expect((await h.open().range('p', 0, Infinity)).map((r) => r.mgdl)).toEqual([
      120, 121, 122, 130,
    ]);
  });
});

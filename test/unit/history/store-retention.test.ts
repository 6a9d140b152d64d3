import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultMaxBytes, patientDirName } from '../../../main/core/history';
import type { Reading } from '../../../main/core/glucose/reading';
import { DAY, MINUTE, T0, harness, minuteReadings, tempDir, type Harness } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
const files = async () => (await readdir(join(dir, patientDirName('p')))).sort();
const dayNames = (first: number, count: number) =>
  Array.from(
    { length: count },
    (_, i) => `${new Date(first + i * DAY).toISOString().slice(0, 10)}.bin`,
  );
/** One reading every 10 minutes for the whole UTC day starting at `start`. */
const dayOfReadings = (start: number) => minuteReadings(start, 144, 10 * MINUTE);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  h = harness(dir);
});
afterEach(async () => {
  await h.closeAll();
  await cleanup();
});

describe('history store: retention', () => {
  it('prunes whole day files and memory daily as the clock advances', async () => {
    const store = h.open({ retentionDays: 3 });
    for (let d = 0; d < 6; d++) {
      h.clock.set(T0 + d * DAY + 23 * 60 * MINUTE + 55 * MINUTE);
      await store.append('p', dayOfReadings(T0 + d * DAY));
    }
    // The newest reading is day 5, 23:50 (the clock is 5 min later): the cutoff is 3 days before
    // it, so days 0 and 1 end before it and go; day 2 keeps its last reading.
    expect(await files()).toEqual(dayNames(T0 + 2 * DAY, 4));
    const kept = await store.range('p', 0, Infinity);
    expect(kept[0]!.time).toBe(T0 + 2 * DAY + 23 * 60 * MINUTE + 50 * MINUTE);
    expect(kept.length).toBe(1 + 3 * 144);
    expect(h.logger.entries.some((e) => e.message === 'history: retention pruned day files')).toBe(
      true,
    );
    await store.close();
  });

  it('prunes on load and on request', async () => {
    const first = h.open({ retentionDays: 30 });
    h.clock.set(T0 + 5 * DAY);
    for (let d = 0; d < 5; d++) await first.append('p', dayOfReadings(T0 + d * DAY));
    await first.close();
    // Newest reading: day 4, 23:50, so the cutoff is day 2, 23:50.
    const second = h.open({ retentionDays: 2 });
    expect((await second.range('p', 0, Infinity))[0]!.time).toBe(T0 + 3 * DAY - 10 * MINUTE);
    await second.close();
    expect(await files()).toEqual(dayNames(T0 + 2 * DAY, 3));

    h.clock.set(T0 + 6 * DAY + MINUTE);
    const third = h.open({ retentionDays: 2 });
    await third.latest('p');
    // Same day as the load's prune, so this append does not prune by itself.
    await third.append('p', minuteReadings(T0 + 6 * DAY, 1));
    expect(await files()).toHaveLength(4);
    await third.prune();
    expect(await files()).toEqual([...dayNames(T0 + 4 * DAY, 1), ...dayNames(T0 + 6 * DAY, 1)]);
    expect((await third.range('p', 0, Infinity))[0]!.time).toBe(T0 + 4 * DAY);
    await third.close();
  });

  it('ignores readings already older than the retention', async () => {
    const store = h.open({ retentionDays: 1 });
    h.clock.set(T0 + 3 * DAY);
    const old = minuteReadings(T0, 3);
    const recent = minuteReadings(T0 + 3 * DAY - 60 * MINUTE, 3);
    expect(await store.append('p', [...old, ...recent])).toEqual(recent);
    expect(await files()).toEqual(dayNames(T0 + 2 * DAY, 1));
    await store.close();
  });

  it('a clock that jumps a year ahead does not wipe the history', async () => {
    const readings = minuteReadings(T0, 60);
    const store = h.open({ retentionDays: 7 });
    await store.append('p', readings);
    h.clock.advance(365 * DAY);
    await store.prune();
    const next = minuteReadings(T0 + 2 * 60 * MINUTE, 5);
    expect(await store.append('p', next)).toEqual(next);
    expect(await store.range('p', 0, Infinity)).toEqual([...readings, ...next]);
    await store.close();
    expect(await files()).toEqual(['2026-11-24.bin']);
    expect(await h.open({ retentionDays: 7 }).range('p', 0, Infinity)).toEqual([
      ...readings,
      ...next,
    ]);
  });

  it('a clock that jumps a year back keeps what is stored, and refuses readings dated ahead of it until it is right again', async () => {
    const readings = minuteReadings(T0, 60);
    const store = h.open({ retentionDays: 7 });
    await store.append('p', readings);
    h.clock.advance(-365 * DAY);
    await store.prune();
    const next = minuteReadings(T0 + 2 * 60 * MINUTE, 5);
    // A year ahead of this clock: the clock or the sensor is wrong, and a wrong future reading
    // would shadow the real one made at its time. Not stored; the views say why.
    expect(await store.append('p', next)).toEqual([]);
    expect((await store.range('p', 0, Infinity)).length).toBe(60);
    h.clock.advance(365 * DAY + 3 * 60 * MINUTE);
    expect(await store.append('p', next)).toEqual(next);
    expect(await store.latest('p')).toEqual(next[4]);
    expect((await store.range('p', 0, Infinity)).length).toBe(65);
    await store.close();
  });

  it('after a long break the last retention window before the break is kept until new data comes', async () => {
    const store = h.open({ retentionDays: 3 });
    h.clock.set(T0 + 4 * DAY);
    for (let d = 0; d < 4; d++) await store.append('p', dayOfReadings(T0 + d * DAY));
    await store.close();
    h.clock.set(T0 + 100 * DAY);
    const reopened = h.open({ retentionDays: 3 });
    const kept = await reopened.range('p', 0, Infinity);
    expect(kept.length).toBeGreaterThan(400);
    const fresh = minuteReadings(T0 + 100 * DAY - 10 * MINUTE, 5);
    await reopened.append('p', fresh);
    await reopened.prune();
    expect(await reopened.range('p', 0, Infinity)).toEqual(fresh);
    await reopened.close();
  });
});

describe('history store: size bound', () => {
  const dayBytes = 16 + 144 * 16;

  it('drops the oldest day files first and logs it', async () => {
    const store = h.open({ maxBytesPerPatient: 3 * dayBytes });
    h.clock.set(T0 + 6 * DAY);
    for (let d = 0; d < 5; d++) await store.append('p', dayOfReadings(T0 + d * DAY));
    expect(await files()).toEqual(dayNames(T0 + 2 * DAY, 3));
    expect((await store.range('p', 0, Infinity))[0]!.time).toBe(T0 + 2 * DAY);
    const logged = h.logger.entries.filter(
      (e) => e.message === 'history: size limit reached, oldest day dropped',
    );
    expect(logged.map((e) => e.fields?.file)).toEqual(
      dayNames(T0, 2).map((n) => `${patientDirName('p')}/${n}`),
    );
    await store.close();
  });

  it('is a hard bound: a write that cannot fit fails typed and the disk stays under it', async () => {
    const max = 16 + 50 * 16;
    const store = h.open({ maxBytesPerPatient: max });
    await store.append('p', minuteReadings(T0, 40));
    await expect(store.append('p', minuteReadings(T0 + 60 * MINUTE, 20))).rejects.toMatchObject({
      code: 'write_failed',
    });
    expect((await stat(join(dir, patientDirName('p'), '2026-11-24.bin'))).size).toBeLessThanOrEqual(
      max,
    );
    expect((await store.range('p', 0, Infinity)).length).toBe(60);
  });

  it('defaults to the densest data the duplicate rule allows for the whole retention', () => {
    expect(defaultMaxBytes(90)).toBe(91 * (16 + 2880 * 16));
    expect(defaultMaxBytes(90)).toBeGreaterThan(91 * (16 + 1440 * 16) * 1.9);
  });
});

describe('history store: 90 days of minute data', () => {
  it('loads back exactly what was written', async () => {
    h.clock.set(T0 + 90 * DAY);
    const store = h.open();
    const all: Reading[] = [];
    for (let d = 0; d < 90; d++) {
      const day = minuteReadings(T0 + d * DAY, 1440);
      all.push(...day);
      await store.append('p', d % 2 === 0 ? day : [...day].reverse());
    }
    await store.close();
    expect(await files()).toHaveLength(90);

    const reopened = h.open();
    expect(reopened.problems()).toEqual([]);
    const loaded = await reopened.range('p', 0, Infinity);
    expect(loaded.length).toBe(129_600);
    expect(loaded).toEqual(all);
    expect(await reopened.latest('p')).toEqual(all[all.length - 1]);
    const from = T0 + 40 * DAY + 17 * MINUTE;
    const to = from + 7 * DAY;
    expect(await reopened.range('p', from, to)).toEqual(
      all.filter((r) => r.time >= from && r.time < to),
    );
    await reopened.close();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import { DUPLICATE_WINDOW_MS, ReadingSeries } from '../../../main/core/history/series';
import { fieldsOf } from '../../../main/core/history/record-format';
import { MINUTE, T0, reading } from './helpers';

const at = (minutes: number) => reading(T0 + minutes * MINUTE, 100 + minutes);

/** What accept() does before insert: drop readings near stored ones or near each other. */
function insertNew(series: ReadingSeries, batch: readonly Reading[]): void {
  const fresh: Reading[] = [];
  for (const r of [...batch].sort((a, b) => a.time - b.time)) {
    const prev = fresh[fresh.length - 1];
    if (prev && r.time - prev.time <= DUPLICATE_WINDOW_MS) continue;
    if (!series.hasNear(r.time)) fresh.push(r);
  }
  series.insert(fresh);
}

describe('ReadingSeries', () => {
  it('merges batches in any order into one sorted series (model check)', () => {
    // Minute slots, so no two generated readings are duplicates of each other.
    const batches = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(batches, (minuteBatches) => {
        const series = new ReadingSeries();
        const model = new Map<number, Reading>();
        for (const minutes of minuteBatches) {
          insertNew(series, minutes.map(at));
          for (const m of minutes) if (!model.has(m)) model.set(m, at(m));
        }
        const expected = [...model.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        expect(series.range(-Infinity, Infinity)).toEqual(expected);
        expect(series.latest()).toEqual(expected[expected.length - 1] ?? null);
      }),
    );
  });

  it('range is from-inclusive and to-exclusive', () => {
    const series = new ReadingSeries();
    series.insert([at(0), at(1), at(2), at(3)]);
    const times = (from: number, to: number) => series.range(from, to).map((r) => r.time);
    expect(times(at(1).time, at(3).time)).toEqual([at(1).time, at(2).time]);
    expect(times(at(1).time + 1, at(3).time + 1)).toEqual([at(2).time, at(3).time]);
    expect(times(at(3).time, at(1).time)).toEqual([]);
  });

  it('treats readings within 30 s either side as present', () => {
    const series = new ReadingSeries();
    series.insert([at(10)]);
    const t = at(10).time;
    expect(series.hasNear(t - DUPLICATE_WINDOW_MS)).toBe(true);
    expect(series.hasNear(t + DUPLICATE_WINDOW_MS)).toBe(true);
    expect(series.hasNear(t - DUPLICATE_WINDOW_MS - 1000)).toBe(false);
    expect(series.hasNear(t + DUPLICATE_WINDOW_MS + 1000)).toBe(false);
  });

  it('drops a time span and shrinks its arrays after a large drop', () => {
    const series = new ReadingSeries();
    series.insert(Array.from({ length: 5000 }, (_, i) => at(i)));
    expect(series.drop(at(10).time, at(4990).time)).toBe(4980);
    expect(series.range(-Infinity, Infinity).map((r) => r.mgdl)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => 100 + i),
      ...Array.from({ length: 10 }, (_, i) => 5090 + i),
    ]);
    series.insert([at(20)]);
    expect(series.length).toBe(21);
  });

  it('sorts pushed records and removes duplicates keeping the earliest', () => {
    const series = new ReadingSeries();
    for (const r of [at(3), at(1), reading(at(1).time + 20_000, 7), at(2)])
      series.push(fieldsOf(r));
    series.sort();
    expect(series.dropDuplicates()).toBe(1);
    expect(series.range(-Infinity, Infinity)).toEqual([at(1), at(2), at(3)]);
  });

  it('encodes a span as consecutive records', () => {
    const series = new ReadingSeries();
    series.insert([at(0), at(1), at(2)]);
    expect(series.encode(at(1).time, Infinity).length).toBe(32);
  });
});

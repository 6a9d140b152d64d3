import type { Reading } from '../glucose/reading';
import {
  RECORD_SIZE,
  decodeReading,
  fieldsOf,
  writeRecord,
  type RecordFields,
} from './record-format';

/** Two readings of one patient whose sensor times are this close are the same reading. */
export const DUPLICATE_WINDOW_MS = 30_000;

/**
 * One patient's readings in memory, sorted by time, as parallel typed arrays holding the on-disk
 * field codes: 14 bytes a reading (90 days of minute data ~ 1.8 MB) instead of a ~100-byte object
 * each, and no garbage-collector pressure. `Reading` objects are made only for what a query returns.
 */
export class ReadingSeries {
  private times = new Float64Array(0);
  private mgdl = new Uint16Array(0);
  private offsets = new Int16Array(0);
  private trends = new Uint8Array(0);
  private flags = new Uint8Array(0);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Joins series that are each sorted and cover disjoint, increasing time spans. */
  static concat(parts: readonly ReadingSeries[]): ReadingSeries {
    const out = new ReadingSeries();
    out.reserve(parts.reduce((sum, p) => sum + p.count, 0));
    for (const p of parts) {
      const n = p.count;
      out.times.set(p.times.subarray(0, n), out.count);
      out.mgdl.set(p.mgdl.subarray(0, n), out.count);
      out.offsets.set(p.offsets.subarray(0, n), out.count);
      out.trends.set(p.trends.subarray(0, n), out.count);
      out.flags.set(p.flags.subarray(0, n), out.count);
      out.count += n;
    }
    return out;
  }

  /** Adds a record at the end without keeping order; call `sort()` afterwards if needed. */
  push(f: RecordFields): void {
    if (this.count === this.times.length) this.reserve(Math.max(64, this.count * 2));
    this.setAt(this.count, f.seconds * 1000, f);
    this.count += 1;
  }

  /** Sorts by time (stable). Cheap when already sorted, which day files usually are. */
  sort(): void {
    const n = this.count;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = this.times[i - 1]! <= this.times[i]!;
    if (sorted) return;
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => this.times[a]! - this.times[b]! || a - b,
    );
    const copy = ReadingSeries.concat([this]);
    order.forEach((from, to) => copy.moveTo(this, from, to));
  }

  /** Removes readings within DUPLICATE_WINDOW_MS of the previous kept one. Returns how many. */
  dropDuplicates(): number {
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if (kept > 0 && this.times[i]! - this.times[kept - 1]! <= DUPLICATE_WINDOW_MS) continue;
      if (kept !== i) this.moveTo(this, i, kept);
      kept += 1;
    }
    const dropped = this.count - kept;
    this.count = kept;
    return dropped;
  }

  /** Index of the first reading with time >= `time`. */
  lowerBound(time: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a stored reading is the same reading as one at `time`. */
  hasNear(time: number): boolean {
    const i = this.lowerBound(time - DUPLICATE_WINDOW_MS);
    return i < this.count && this.times[i]! <= time + DUPLICATE_WINDOW_MS;
  }

  /** Merges readings that are sorted, normalized and not near any stored reading. */
  insert(readings: readonly Reading[]): void {
    const k = readings.length;
    if (k === 0) return;
    const needed = this.count + k;
    if (needed > this.times.length) this.reserve(Math.max(needed, this.count * 2));
    // Merge from the back: live values land at the end, so usually nothing moves.
    let i = this.count - 1;
    let w = needed - 1;
    for (let j = k - 1; j >= 0; j--) {
      const r = readings[j]!;
      while (i >= 0 && this.times[i]! > r.time) this.moveTo(this, i--, w--);
      this.setAt(w--, r.time, fieldsOf(r));
    }
    this.count = needed;
  }

  latest(): Reading | null {
    return this.count === 0 ? null : this.readingAt(this.count - 1);
  }

  /** Readings with from <= time < to, oldest first. */
  range(from: number, to: number): Reading[] {
    const start = this.lowerBound(from);
    const end = Math.max(start, this.lowerBound(to));
    const out: Reading[] = [];
    for (let i = start; i < end; i++) out.push(this.readingAt(i));
    return out;
  }

  /** Drops readings with from <= time < to; returns how many. */
  drop(from: number, to: number): number {
    const start = this.lowerBound(from);
    const end = Math.max(start, this.lowerBound(to));
    const removed = end - start;
    if (removed === 0) return 0;
    for (const column of [this.times, this.mgdl, this.offsets, this.trends, this.flags]) {
      column.copyWithin(start, end, this.count);
    }
    this.count -= removed;
    // Give memory back once the series is much smaller than its arrays (after pruning).
    if (this.times.length > 1024 && this.count < this.times.length / 4)
      this.reserve(this.count * 2);
    return removed;
  }

  /** Records with from <= time < to, encoded for a day file. */
  encode(from: number, to: number): Uint8Array {
    const start = this.lowerBound(from);
    const end = Math.max(start, this.lowerBound(to));
    const bytes = new Uint8Array((end - start) * RECORD_SIZE);
    for (let i = start; i < end; i++)
      writeRecord(bytes, (i - start) * RECORD_SIZE, this.fieldsAt(i));
    return bytes;
  }

  private reserve(capacity: number): void {
    const grow = <T extends Float64Array | Uint16Array | Int16Array | Uint8Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity);
      next.set(old.subarray(0, Math.min(this.count, capacity)));
      return next;
    };
    this.times = grow(this.times, (n) => new Float64Array(n));
    this.mgdl = grow(this.mgdl, (n) => new Uint16Array(n));
    this.offsets = grow(this.offsets, (n) => new Int16Array(n));
    this.trends = grow(this.trends, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
  }

  private setAt(i: number, time: number, f: RecordFields): void {
    this.times[i] = time;
    this.mgdl[i] = f.mgdl;
    this.offsets[i] = f.offset;
    this.trends[i] = f.trend;
    this.flags[i] = f.flags;
  }

  private moveTo(target: ReadingSeries, from: number, to: number): void {
    target.times[to] = this.times[from]!;
    target.mgdl[to] = this.mgdl[from]!;
    target.offsets[to] = this.offsets[from]!;
    target.trends[to] = this.trends[from]!;
    target.flags[to] = this.flags[from]!;
  }

  private fieldsAt(i: number): RecordFields {
    return {
      seconds: this.times[i]! / 1000,
      mgdl: this.mgdl[i]!,
      offset: this.offsets[i]!,
      trend: this.trends[i]!,
      flags: this.flags[i]!,
    };
  }

  private readingAt(i: number): Reading {
    const { times, mgdl, offsets, trends, flags } = this;
    return decodeReading(times[i]!, mgdl[i]!, offsets[i]!, trends[i]!, flags[i]!);
  }
}

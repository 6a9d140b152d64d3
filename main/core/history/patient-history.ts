import { join } from 'node:path';
import type { Reading } from '../glucose/reading';
import type { DayState, HistoryContext } from './context';
import { dayFileName, dayOf } from './days';
import { HistoryError } from './errors';
import { normalizeReading } from './normalize';
import { patientDirName } from './patient-dir';
import { loadPatient } from './patient-load';
import { enforceSizeLimit, pruneFiles } from './patient-space';
import { flushPending, repairDay } from './patient-write';
import { DUPLICATE_WINDOW_MS, type ReadingSeries } from './series';

/**
 * One patient's history: every reading in memory (compact, sorted) plus the day files on disk.
 * Memory is updated first and synchronously, so queries always see every accepted reading;
 * disk work runs one task at a time through `queue`. Readings whose write failed wait in
 * `pending` (by day) and are retried by the next append (patient-write.ts).
 */
export class PatientHistory {
  readonly pending = new Map<number, Reading[]>();
  /** False until the folder is known to exist, and again after any failed write. */
  dirReady = false;
  private queue: Promise<void> = Promise.resolve();
  private lastPruneDay = Number.NaN;

  private constructor(
    readonly ctx: HistoryContext,
    readonly patientId: string,
    readonly dirName: string,
    readonly series: ReadingSeries,
    readonly days: Map<number, DayState>,
  ) {}

  static async load(ctx: HistoryContext, patientId: string): Promise<PatientHistory> {
    const dirName = patientDirName(patientId);
    const { series, days } = await loadPatient(ctx, patientId, dirName);
    const history = new PatientHistory(ctx, patientId, dirName, series, days);
    history.background(history.prune());
    for (const [day, state] of days) {
      if (state.status === 'dirty')
        history.background(history.enqueue(() => repairDay(history, day)));
    }
    return history;
  }

  pathOf(day: number): string {
    return join(this.ctx.root, this.dirName, dayFileName(day));
  }

  /**
   * Oldest time kept. Anchored to the newest reading as well as the clock, so a clock that jumps
   * ahead (a wrong system date) cannot wipe the history; a clock that lags only delays pruning.
   */
  cutoff(incoming = Number.NEGATIVE_INFINITY): number {
    const latest = Math.max(this.series.latest()?.time ?? Number.NEGATIVE_INFINITY, incoming);
    const now = this.ctx.clock.now();
    return Math.min(now, latest === Number.NEGATIVE_INFINITY ? now : latest) - this.ctx.retentionMs;
  }

  async append(readings: readonly Reading[]): Promise<Reading[]> {
    const fresh = this.accept(readings);
    if (dayOf(this.ctx.clock.now()) !== this.lastPruneDay) this.background(this.prune());
    if (this.pending.size === 0) return fresh;
    try {
      await this.enqueue(() => flushPending(this));
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      const { unsaved } = error;
      throw new HistoryError(error.code, error.message, {
        cause: error.cause,
        unsaved,
        accepted: fresh,
      });
    }
    return fresh;
  }

  /** The memory side happens at once; the files go after the disk work already queued. */
  prune(): Promise<void> {
    this.lastPruneDay = dayOf(this.ctx.clock.now());
    const cutoff = this.cutoff();
    this.series.drop(Number.NEGATIVE_INFINITY, cutoff);
    for (const [day, list] of this.pending) {
      const kept = list.filter((r) => r.time >= cutoff);
      if (kept.length > 0) this.pending.set(day, kept);
      else this.pending.delete(day);
    }
    return this.enqueue(async () => {
      await pruneFiles(this, cutoff);
      // The newest file is kept whatever its size: it holds what the tray shows right now.
      await enforceSizeLimit(this, Math.max(...this.days.keys()), 0);
    });
  }

  /** Waits for queued disk work, then tries once more to save what is still unsaved. */
  settle(): Promise<void> {
    return this.enqueue(async () => {
      if (this.pending.size > 0) await flushPending(this);
    });
  }

  unsavedCount(): number {
    let n = 0;
    for (const list of this.pending.values()) n += list.length;
    return n;
  }

  async ensureDir(): Promise<void> {
    if (this.dirReady) return;
    await this.ctx.fs.mkdir(join(this.ctx.root, this.dirName));
    this.dirReady = true;
  }

  enqueue(task: () => Promise<void>): Promise<void> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => {});
    return result;
  }

  private accept(readings: readonly Reading[]): Reading[] {
    const candidates: Reading[] = [];
    for (const reading of readings) {
      const normalized = normalizeReading(reading);
      if (normalized.ok) candidates.push(normalized.reading);
      else {
        const { reason } = normalized;
        this.ctx.logger.warn('history: reading ignored', { patientId: this.patientId, reason });
      }
    }
    candidates.sort((a, b) => a.time - b.time);
    // With this batch counted, so a prune right after cannot drop what is returned as new.
    const cutoff = this.cutoff(candidates[candidates.length - 1]?.time);
    const fresh: Reading[] = [];
    for (const r of candidates) {
      const previous = fresh[fresh.length - 1];
      if (r.time < cutoff || this.series.hasNear(r.time)) continue;
      if (previous && r.time - previous.time <= DUPLICATE_WINDOW_MS) continue;
      fresh.push(r);
    }
    this.series.insert(fresh);
    for (const r of fresh) {
      const list = this.pending.get(dayOf(r.time));
      if (list) list.push(r);
      else this.pending.set(dayOf(r.time), [r]);
    }
    return fresh;
  }

  /** Disk housekeeping nobody awaits must never become an unhandled rejection. */
  private background(task: Promise<void>): void {
    task.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.ctx.logger.error('history: background task failed', {
        patientId: this.patientId,
        message,
      });
    });
  }
}

import type { Reading } from '../glucose/reading';
import type { HistoryContext } from './context';
import { dayOf } from './days';
import { HistoryError } from './errors';
import type { ReadingProblem } from '../../../common/glucose/reading-trust';
import { normalizeReading } from './normalize';
import { admissible, HeldReadings } from './held-readings';
import { createRefusalLog } from './refusal-log';
import { patientDirName } from './patient-dir';
import { loadPatient } from './patient-load';
import { enforceSizeLimit, pruneFiles } from './patient-space';
import { PatientState } from './patient-state';
import { flushPending, repairDay } from './patient-write';
import { DUPLICATE_WINDOW_MS, type ReadingSeries } from './series';

/**
 * One patient's history: every reading in memory (compact, sorted) plus the day files on disk.
 * Memory is updated first and synchronously, so queries always see every accepted reading;
 * disk work runs one task at a time through `queue`. Readings whose write failed wait in
 * `state.pending` (by day) and are retried by the next append (patient-write.ts).
 */
export class PatientHistory {
  private queue: Promise<void> = Promise.resolve();
  private lastPruneDay = Number.NaN;
  private readonly refuse: (reading: Reading, problem: ReadingProblem) => void;
  private readonly held = new HeldReadings();

  private constructor(private readonly state: PatientState) {
    this.refuse = createRefusalLog(state.ctx, state.patientId);
  }

  static async load(ctx: HistoryContext, patientId: string): Promise<PatientHistory> {
    const dirName = patientDirName(patientId);
    const { series, days } = await loadPatient(ctx, patientId, dirName);
    const history = new PatientHistory(new PatientState(ctx, patientId, dirName, series, days));
    // Repairs go first: the size limit must count what a damaged file really holds, and must
    // never delete intact days to make room for a damaged file's garbage.
    for (const [day, state] of days) {
      if (state.status === 'dirty')
        history.background(history.enqueue(() => repairDay(history.state, day)));
    }
    history.background(history.prune());
    return history;
  }

  get series(): ReadingSeries {
    return this.state.series;
  }

  async append(readings: readonly Reading[]): Promise<Reading[]> {
    const fresh = this.accept(readings);
    if (dayOf(this.state.ctx.clock.now()) !== this.lastPruneDay) this.background(this.prune());
    if (this.state.pending.size === 0) return fresh;
    try {
      await this.enqueue(() => flushPending(this.state));
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
    const { state } = this;
    this.lastPruneDay = dayOf(state.ctx.clock.now());
    const cutoff = state.cutoff();
    state.series.drop(Number.NEGATIVE_INFINITY, cutoff);
    for (const [day, list] of state.pending) {
      const kept = list.filter((r) => r.time >= cutoff);
      if (kept.length > 0) state.pending.set(day, kept);
      else state.pending.delete(day);
    }
    return this.enqueue(async () => {
      await pruneFiles(state, cutoff);
      // The newest file is kept whatever its size: it holds what the tray shows right now.
      await enforceSizeLimit(state, Math.max(...state.days.keys()), 0);
    });
  }

  /** Waits for queued disk work, then tries once more to save what is still unsaved. */
  settle(): Promise<void> {
    return this.enqueue(async () => {
      if (this.state.pending.size > 0) await flushPending(this.state);
    });
  }

  unsavedCount(): number {
    return this.state.unsavedCount();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => {});
    return result;
  }

  private accept(readings: readonly Reading[]): Reading[] {
    const { state } = this;
    const candidates: Reading[] = [];
    const now = state.ctx.clock.now();
    for (const reading of admissible(readings, now, this.held, this.refuse)) {
      const normalized = normalizeReading(reading);
      if (normalized.ok) candidates.push(normalized.reading);
      else {
        const { reason } = normalized;
        state.ctx.logger.warn('history: reading ignored', { patientId: state.patientId, reason });
      }
    }
    candidates.sort((a, b) => a.time - b.time);
    // With this batch counted, so a prune right after cannot drop what is returned as new.
    const cutoff = state.cutoff(candidates[candidates.length - 1]?.time);
    const fresh: Reading[] = [];
    for (const r of candidates) {
      const previous = fresh[fresh.length - 1];
      if (r.time < cutoff || state.series.hasNear(r.time)) continue;
      if (previous && r.time - previous.time <= DUPLICATE_WINDOW_MS) continue;
      fresh.push(r);
    }
    state.series.insert(fresh);
    for (const r of fresh) {
      const list = state.pending.get(dayOf(r.time));
      if (list) list.push(r);
      else state.pending.set(dayOf(r.time), [r]);
    }
    return fresh;
  }

  /** Disk housekeeping nobody awaits must never become an unhandled rejection. */
  private background(task: Promise<void>): void {
    task.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.state.ctx.logger.error('history: background task failed', {
        patientId: this.state.patientId,
        message,
      });
    });
  }
}

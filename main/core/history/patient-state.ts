import { join } from 'node:path';
import type { Reading } from '../glucose/reading';
import type { DayState, HistoryContext } from './context';
import { DAY_MS, dayFileName, dayStart } from './days';
import { HEADER_SIZE, RECORD_SIZE } from './record-format';
import type { ReadingSeries } from './series';

/**
 * The one owner of a patient's mutable history state: the readings in memory, what is known
 * about each day file, the readings still waiting to be written, and whether the folder exists.
 * patient-write.ts and patient-space.ts change it through this object; patient-history.ts
 * orders their work. (Before, those modules and PatientHistory imported one another.)
 */
export class PatientState {
  /** Readings accepted but not yet on disk, by day. */
  readonly pending = new Map<number, Reading[]>();
  /** False until the folder is known to exist, and again after any failed write. */
  dirReady = false;

  constructor(
    readonly ctx: HistoryContext,
    readonly patientId: string,
    readonly dirName: string,
    readonly series: ReadingSeries,
    readonly days: Map<number, DayState>,
  ) {}

  pathOf(day: number): string {
    return join(this.ctx.root, this.dirName, dayFileName(day));
  }

  /** `<patient dir>/<day file>`, as problems and logs name files. */
  fileOf(day: number): string {
    return `${this.dirName}/${dayFileName(day)}`;
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

  /**
   * Bytes a day occupies for the size limit. A damaged file counts as what it holds intact
   * (what its repair will write), never as its raw size: garbage must not push intact days out.
   */
  countedBytes(day: number): number {
    const state = this.days.get(day);
    if (state === undefined) return 0;
    if (state.status === 'ok') return state.bytes;
    if (state.status !== 'dirty') return 0;
    const s = this.series;
    const intact = s.lowerBound(dayStart(day) + DAY_MS) - s.lowerBound(dayStart(day));
    return Math.min(state.bytes, HEADER_SIZE + intact * RECORD_SIZE);
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
}

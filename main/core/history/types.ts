import type { Reading } from '../glucose/reading';
import type { Clock, HistoryFs, Logger } from '../ports';

export interface HistoryOptions {
  /** Root folder; one sub-folder per patient (ids are encoded into safe folder names). */
  dir: string;
  /** Days of readings kept; default 90. */
  retentionDays?: number;
  clock: Clock;
  logger: Logger;
  /**
   * Hard bound on one patient's files; oldest days go first. The default allows one reading
   * every 30 s (the densest the duplicate rule lets through) for the whole retention, so it only
   * ever bites when something is badly wrong.
   */
  maxBytesPerPatient?: number;
  /** File system seam; defaults to node:fs. Tests pass one that fails on purpose. */
  fs?: HistoryFs;
}

export interface HistoryStore {
  /**
   * Adds readings (any order; same patient and sensor time within 30 s = same reading, the one
   * stored first wins). Resolves with the readings that were new, normalized and sorted. Throws
   * HistoryError('write_failed') when they could not be saved; they stay queryable in memory and
   * the next append tries again.
   */
  append(patientId: string, readings: readonly Reading[]): Promise<Reading[]>;
  /** Readings with from <= time < to, oldest first. */
  range(patientId: string, from: number, to: number): Promise<Reading[]>;
  /** Ids of the patients with a history folder (readable names only), for offline export. */
  patients(): Promise<string[]>;
  /** The newest stored reading, or null. */
  latest(patientId: string): Promise<Reading | null>;
  /** Problems found while loading, each reported once. */
  problems(): readonly HistoryProblem[];
  /** Drops data older than the retention (also done on load and daily on append). */
  prune(): Promise<void>;
  /** Waits for writes, tries once more to save unsaved readings, then refuses further calls. */
  close(): Promise<void>;
}

export type HistoryProblemKind =
  'torn_write' | 'corrupt_record' | 'corrupt_header' | 'unsupported_version' | 'unreadable_file';

export interface HistoryProblem {
  patientId: string;
  /** Path relative to the history root, e.g. `p-1234/2026-11-24.bin`. */
  file: string;
  kind: HistoryProblemKind;
  /** Readings lost to it, as far as known. */
  records: number;
  detail: string;
}

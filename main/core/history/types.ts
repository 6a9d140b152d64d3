import type { Reading } from '../glucose/reading';
import type { Clock, Logger } from '../ports';

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

/** The few file operations the store needs, each complete and durable when it resolves. */
export interface HistoryFs {
  /** Entry names; rejects with code ENOENT when the folder does not exist. */
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Creates the folder and its parents. */
  mkdir(dir: string): Promise<void>;
  /**
   * Creates the file with `data` only if it does not exist (resolves false when it did), so two
   * processes starting one day file never both write its header. Optional for test doubles:
   * without it a new file is created by `append`.
   */
  create?(path: string, data: Uint8Array): Promise<boolean>;
  /**
   * Whether an entry is a temp file a crashed rewrite left behind (safe to delete). Optional:
   * without it, `*.bin.tmp` names count as leftovers.
   */
  isLeftoverTemp?(name: string): boolean;
  /** Appends all of `data` (creating the file) and flushes it to the disk. */
  append(path: string, data: Uint8Array): Promise<void>;
  /** Replaces the file with `data` atomically: afterwards it holds the old or the new bytes. */
  replace(path: string, data: Uint8Array): Promise<void>;
  /** Deletes a file; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

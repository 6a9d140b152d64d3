import type { Clock, HistoryFs, Logger } from '../ports';
import type { HistoryProblem } from './types';

/** What every patient's history shares: settings, ports and the problem list. */
export interface HistoryContext {
  root: string;
  fs: HistoryFs;
  clock: Clock;
  logger: Logger;
  retentionMs: number;
  maxBytes: number;
  /** Records a problem once (the store keeps the list and logs it). */
  report(problem: HistoryProblem): void;
}

/**
 * What is known about one day file. `dirty` files (damaged, or hit by a failed write that may
 * have left part of a record) are rewritten whole from memory instead of appended to.
 * `unreadable` files are retried before every write to their day; `unsupported` ones (a newer
 * format) are never written.
 */
export interface DayState {
  status: 'ok' | 'dirty' | 'unreadable' | 'unsupported';
  bytes: number;
}

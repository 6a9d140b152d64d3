/**
 * Writes polled readings to the history before the reducer hears of them, and turns a failed
 * write into an outcome (the reducer shows a notice) instead of an exception: a full disk must
 * not stop the value from being shown. The store keeps unsaved readings and retries.
 */
import type { Reading } from '../glucose/reading';
import type { HistoryStore } from '../history';
import type { Logger } from '../ports';

/** Resolves true when the readings are on disk, false when the write failed. */
export type ReadingSaver = (patientId: string, readings: readonly Reading[]) => Promise<boolean>;

export function createReadingSaver(history: HistoryStore, logger: Logger): ReadingSaver {
  return async (patientId, readings) => {
    try {
      await history.append(patientId, [...readings]);
      return true;
    } catch (error) {
      logger.error('history write failed', { reason: (error as Error).message });
      return false;
    }
  };
}

import { DAY_MS, dayFileName, dayStart } from './days';
import { errnoOf } from './errors';
import type { PatientState } from './patient-state';

function sortedDays(history: PatientState): number[] {
  return [...history.days.keys()].sort((a, b) => a - b);
}

/** Deletes whole day files that end at or before `cutoff`. Failures are logged and retried later. */
export async function pruneFiles(history: PatientState, cutoff: number): Promise<void> {
  const { ctx, patientId, dirName } = history;
  const removed: string[] = [];
  for (const day of sortedDays(history)) {
    if (dayStart(day) + DAY_MS > cutoff) break;
    try {
      await ctx.fs.remove(history.pathOf(day));
      history.days.delete(day);
      history.pending.delete(day);
      removed.push(dayFileName(day));
    } catch (error) {
      const file = `${dirName}/${dayFileName(day)}`;
      ctx.logger.warn('history: could not delete old day file', {
        patientId,
        file,
        error: errnoOf(error),
      });
    }
  }
  if (removed.length > 0) {
    ctx.logger.info('history: retention pruned day files', {
      patientId,
      files: removed.length,
      oldest: removed[0],
      newest: removed[removed.length - 1],
    });
  }
}

/**
 * Makes room for `growth` more bytes in day `day` by deleting the oldest day files before it,
 * together with their readings in memory. Resolves false when even that is not enough. Files
 * the store cannot read (or that have a newer format) are neither counted nor deleted here, and
 * a damaged file counts only what it holds intact (PatientState.countedBytes).
 */
export async function enforceSizeLimit(
  history: PatientState,
  day: number,
  growth: number,
): Promise<boolean> {
  const { ctx, patientId, dirName } = history;
  let total = 0;
  for (const d of history.days.keys()) total += history.countedBytes(d);
  for (const victim of sortedDays(history)) {
    if (total + growth <= ctx.maxBytes || victim >= day) break;
    const status = history.days.get(victim)?.status;
    if (status !== 'ok' && status !== 'dirty') continue;
    try {
      await ctx.fs.remove(history.pathOf(victim));
    } catch (error) {
      const file = `${dirName}/${dayFileName(victim)}`;
      ctx.logger.error('history: could not delete day file to stay within the size limit', {
        patientId,
        file,
        error: errnoOf(error),
      });
      return false;
    }
    total -= history.countedBytes(victim);
    history.days.delete(victim);
    history.pending.delete(victim);
    const readings = history.series.drop(dayStart(victim), dayStart(victim) + DAY_MS);
    ctx.logger.warn('history: size limit reached, oldest day dropped', {
      patientId,
      file: `${dirName}/${dayFileName(victim)}`,
      readings,
      maxBytes: ctx.maxBytes,
    });
  }
  return total + growth <= ctx.maxBytes;
}

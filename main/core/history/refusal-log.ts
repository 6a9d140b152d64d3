import type { ReadingProblem } from '../../../common/glucose/reading-trust';
import type { Reading } from '../glucose/reading';
import type { HistoryContext } from './context';

/** Enough to remember every live value of the last hour; older ones are forgotten wholesale. */
const REMEMBERED = 64;

/**
 * Logs a reading the history refused or held back, once per reading: the live value repeats on every poll,
 * and a log line a minute about the same bad reading would bury everything else.
 */
export function createRefusalLog(
  ctx: HistoryContext,
  patientId: string,
): (reading: Reading, problem: ReadingProblem) => void {
  const logged = new Set<number>();
  return (reading, problem) => {
    if (logged.has(reading.time)) return;
    if (logged.size >= REMEMBERED) logged.clear();
    logged.add(reading.time);
    const ahead = Math.round((reading.time - ctx.clock.now()) / 1000);
    const message =
      problem === 'futureDated'
        ? 'history: reading dated ahead of the clock held back'
        : 'history: reading refused';
    ctx.logger.warn(message, {
      patientId,
      problem,
      ...(problem === 'futureDated' ? { secondsAhead: ahead } : {}),
    });
  };
}

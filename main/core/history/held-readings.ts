import { CLOCK_SKEW_TOLERANCE_MS } from '../../../common/glucose/clock-skew';
import { readingProblem, type ReadingProblem } from '../../../common/glucose/reading-trust';
import type { Reading } from '../glucose/reading';
import { DUPLICATE_WINDOW_MS } from './series';

/** Four days of minute readings: a clock behind by that much is broken beyond waiting. */
const MAX_HELD = 4 * 1440;

/**
 * Readings dated ahead of this computer's clock wait here, in memory, out of every query and
 * off the disk, until their time has passed by the clock-skew tolerance. Then they are judged
 * with the readings that really came at that time, which win: a bogus future reading (a phone
 * clock running fast) never shadows the real one, and when it is THIS clock that is behind,
 * nothing is lost while the app runs, only stored late.
 */
export class HeldReadings {
  private held: Reading[] = [];

  /** Holds `reading`; false when it (or one within the duplicate window) is already held. */
  hold(reading: Reading): boolean {
    if (this.held.some((r) => Math.abs(r.time - reading.time) <= DUPLICATE_WINDOW_MS)) return false;
    this.held.push(reading);
    if (this.held.length > MAX_HELD) this.held.shift();
    return true;
  }

  /** Takes out the readings whose time is at least the tolerance in the past. */
  takeDue(now: number): Reading[] {
    const due = this.held.filter((r) => r.time + CLOCK_SKEW_TOLERANCE_MS <= now);
    if (due.length > 0) this.held = this.held.filter((r) => !due.includes(r));
    return due;
  }
}

/**
 * What may enter the history at `now`: held readings whose time has passed first (the real ones
 * stored since then win over them), then `readings` without impossible values (they would skew
 * every statistic) and without future-dated ones, which are held. Each is reported once.
 */
export function admissible(
  readings: readonly Reading[],
  now: number,
  held: HeldReadings,
  report: (reading: Reading, problem: ReadingProblem) => void,
): Reading[] {
  const admitted: Reading[] = [];
  for (const reading of [...held.takeDue(now), ...readings]) {
    const problem = readingProblem(reading, now);
    if (problem === null) admitted.push(reading);
    else if (problem === 'implausible') report(reading, problem);
    else if (held.hold(reading)) report(reading, problem);
  }
  return admitted;
}

import type { Reading } from './reading';
import { SLOT_MS } from './slots';

const MINUTE = 60_000;

/** Consensus: an episode needs at least 15 minutes beyond the limit, and ends after 15 back. */
export const EPISODE_MIN_MINUTES = 15;
/** A gap longer than this breaks the data: nothing is assumed across it. Libre 2 history has 15. */
export const EPISODE_MAX_GAP_MINUTES = 15;

interface Run {
  excursion: boolean;
  first: Reading;
  durationMs: number;
}

/**
 * Cuts time-sorted readings into runs of equal `excursion` verdict. A run lasts from its first
 * reading until the next reading after it, but each reading vouches for at most 5 minutes (the
 * graph spacing): 5-minute readings at 0, 5, 10 make a 15-minute run, as do 1-minute readings
 * 0…14. A gap above EPISODE_MAX_GAP_MINUTES ends the run and is marked with `null`.
 */
function runsOf(sorted: readonly Reading[], isExcursion: (r: Reading) => boolean): (Run | null)[] {
  const runs: (Run | null)[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as Reading;
    const excursion = isExcursion(first);
    let last = first;
    let j = i + 1;
    let brokenByGap = false;
    for (; j < sorted.length; j += 1) {
      const next = sorted[j] as Reading;
      if (next.time - last.time > EPISODE_MAX_GAP_MINUTES * MINUTE) {
        brokenByGap = true;
        break;
      }
      if (isExcursion(next) !== excursion) break;
      last = next;
    }
    const next = brokenByGap ? undefined : sorted[j];
    const end = next === undefined ? last.time + SLOT_MS : Math.min(next.time, last.time + SLOT_MS);
    runs.push({ excursion, first, durationMs: end - first.time });
    if (brokenByGap || next === undefined) runs.push(null);
    i = j;
  }
  return runs;
}

/**
 * The readings at which consensus-style episodes start: at least 15 minutes beyond the limit
 * starts one, and only at least 15 minutes back (or a data gap) ends it, so a brief recovery does
 * not count the same low twice. `sorted` must be ascending by time.
 */
export function findEpisodeStarts(
  sorted: readonly Reading[],
  isExcursion: (r: Reading) => boolean,
): Reading[] {
  const starts: Reading[] = [];
  let inEpisode = false;
  for (const run of runsOf(sorted, isExcursion)) {
    if (run === null) {
      inEpisode = false;
    } else if (run.durationMs >= EPISODE_MIN_MINUTES * MINUTE) {
      if (run.excursion && !inEpisode) starts.push(run.first);
      inEpisode = run.excursion;
    }
  }
  return starts;
}

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

/** One consensus-style episode: [start, end) in epoch ms. */
export interface Episode {
  first: Reading;
  start: number;
  end: number;
}

/**
 * Consensus-style episodes: at least 15 minutes beyond the limit starts one, and only at least
 * 15 minutes back (or a data gap) ends it, so a brief recovery does not count the same low twice.
 * An episode lasts from its first reading beyond the limit to the end of its last run beyond it
 * (a brief recovery inside counts towards it). `sorted` must be ascending by time.
 */
export function findEpisodes(
  sorted: readonly Reading[],
  isExcursion: (r: Reading) => boolean,
): Episode[] {
  const episodes: Episode[] = [];
  let open: Episode | null = null;
  for (const run of runsOf(sorted, isExcursion)) {
    if (run === null) {
      open = null;
    } else if (open && run.excursion) {
      open.end = run.first.time + run.durationMs;
    } else if (run.durationMs >= EPISODE_MIN_MINUTES * MINUTE) {
      if (run.excursion) {
        open = { first: run.first, start: run.first.time, end: run.first.time + run.durationMs };
        episodes.push(open);
      } else open = null;
    }
  }
  return episodes;
}

/** The readings at which episodes start (see findEpisodes). */
export function findEpisodeStarts(
  sorted: readonly Reading[],
  isExcursion: (r: Reading) => boolean,
): Reading[] {
  return findEpisodes(sorted, isExcursion).map((episode) => episode.first);
}

/** How many episodes and how long they lasted in all, in whole minutes. */
export function summarizeEpisodes(episodes: readonly Episode[]): {
  count: number;
  minutes: number;
} {
  const ms = episodes.reduce((sum, e) => sum + (e.end - e.start), 0);
  return { count: episodes.length, minutes: Math.round(ms / MINUTE) };
}

/**
 * When to ask for the next live value. The sensor makes a reading a minute; the server has it
 * some seconds later (upload delay), and our clock may disagree with the sensor's. Both add up
 * to one offset: how long after a reading's sensor time (by our clock) the server has it.
 *
 * We learn that offset only from polls that bracket a reading's arrival (one poll saw nothing
 * new, the next saw it), because a poll that finds the reading already there tells us only an
 * upper bound; learning from upper bounds would ratchet the offset up by the margin every minute.
 * Every few minutes a probe polls a little earlier so a shrinking delay is noticed too.
 */
export const READING_INTERVAL_MS = 60_000;
const MARGIN_MS = 2_000;
const OBSERVATIONS = 15;
const PROBE_EVERY = 45;
const LEARNING_PROBE_EVERY = 4;
const PROBE_EARLIER_MS = 6_000;
// While little is known, probes step back faster (18 s instead of 6 s).
/** Retries while the expected reading has not appeared yet: quick at first, then once a minute. */
const NOT_YET_STEPS_MS = [8_000, 15_000, 30_000, 60_000];
/**
 * The same while nothing is learned yet (after a start): the first poll was placed from a
 * default, so the reading may come up to a minute later; 8-second steps show it within 10 s of
 * its arrival and stay within the 4-a-minute request cap.
 */
const LEARNING_STEPS_MS = [8_000, 8_000, 8_000, 8_000, 8_000, 15_000, 30_000, 60_000];
/**
 * Before any offset is learned, how long after its sensor time a reading is assumed to be on
 * the server. Upload delays seen run from 0 to about 25 s: starting at 7 s, a delay-free server
 * costs at most 9 s once, and 8-second steps reach 25 s by the fourth request of the minute,
 * inside the 4-a-minute cap.
 */
const DEFAULT_OFFSET_MS = 7_000;
/** Upload delays beyond this are not what the default is for (clock skew, a lagging phone). */
const LONGEST_USUAL_DELAY_MS = 30_000;
const MIN_GAP_MS = 5_000;
const MAX_GAP_MS = 5 * 60_000;
/** Offsets observed before the schedule counts as learned. */
const LEARNED_AFTER = 4;

export interface AlignmentState {
  /** Sensor time of the newest live reading seen, epoch ms. */
  lastReadingTime: number | null;
  /** When a poll last found nothing new since that reading (our clock), or null. */
  lastMissAt: number | null;
  /** Polls since the newest reading that brought nothing new. */
  unchangedPolls: number;
  /** Learned offsets (arrival − sensor time) in ms, newest last. */
  offsets: number[];
  /** New readings caught on the first try since the last probe. */
  hitsSinceProbe: number;
  /**
   * From the first sighting of a reading: its age then (our clock − sensor time). The offset
   * is at most this, and more than this minus a minute (the next reading was not there yet).
   */
  firstSeenAge: number | null;
}

export const initialAlignment: AlignmentState = {
  lastReadingTime: null,
  lastMissAt: null,
  unchangedPolls: 0,
  offsets: [],
  hitsSinceProbe: 0,
  firstSeenAge: null,
};

/** Folds one successful poll into the state. `readingTime` is the focus patient's live reading time. */
export function observe(
  state: AlignmentState,
  readingTime: number | null,
  seenAt: number,
): AlignmentState {
  const isNew =
    readingTime !== null && (state.lastReadingTime === null || readingTime > state.lastReadingTime);
  if (!isNew) return { ...state, lastMissAt: seenAt, unchangedPolls: state.unchangedPolls + 1 };
  const consecutive =
    state.lastReadingTime !== null &&
    readingTime - state.lastReadingTime <= 2 * READING_INTERVAL_MS;
  let offsets = state.offsets;
  if (state.lastReadingTime === null) {
    // First sighting (a start): only bounds, since we polled at a random phase. The reading's
    // own sensor time places the next poll (see nextLivePollAt); offsets are learned from the
    // polls that bracket the next arrival.
    return {
      lastReadingTime: readingTime,
      lastMissAt: null,
      unchangedPolls: 0,
      offsets,
      hitsSinceProbe: 0,
      firstSeenAge: seenAt - readingTime,
    };
  }
  if (consecutive && state.lastMissAt !== null) {
    // It arrived between the miss and now: take the middle of that bracket.
    offsets = [...offsets, (state.lastMissAt + seenAt) / 2 - readingTime].slice(-OBSERVATIONS);
  } else if (consecutive && state.unchangedPolls === 0) {
    // Caught on the first try: only an upper bound, worth keeping only if below what we believe.
    const bound = seenAt - readingTime;
    const typical = typicalOffset(offsets);
    if (typical === null || bound < typical) offsets = [...offsets, bound].slice(-OBSERVATIONS);
  }
  const caughtFirstTry = consecutive && state.unchangedPolls === 0;
  return {
    lastReadingTime: readingTime,
    lastMissAt: null,
    unchangedPolls: 0,
    offsets,
    hitsSinceProbe: caughtFirstTry ? state.hitsSinceProbe + 1 : 0,
    firstSeenAge: offsets.length > 0 ? null : state.firstSeenAge,
  };
}

/** The median of recent learned offsets, or null before anything was learned. */
export function typicalOffset(offsets: readonly number[]): number | null {
  if (offsets.length === 0) return null;
  const sorted = [...offsets].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * The lowest recent offset: the earliest readings are likely to arrive. While little is known
 * the offsets are mostly upper bounds (first sightings), so no delay at all is assumed then.
 */
export function lowestOffset(offsets: readonly number[]): number {
  const learned = offsets.length >= LEARNED_AFTER;
  return learned ? Math.min(...offsets) : Math.min(0, ...offsets);
}

/**
 * Before anything is learned: the default, kept within what the first sighting allows. A
 * reading older than a minute plus the usual delays (or from the future): the clocks disagree
 * or uploads lag: the default says nothing then, so start a probe's step below the bound.
 */
function startingOffset(firstSeenAge: number | null): number {
  if (firstSeenAge === null) return DEFAULT_OFFSET_MS;
  if (firstSeenAge < 0 || firstSeenAge > READING_INTERVAL_MS + LONGEST_USUAL_DELAY_MS) {
    return firstSeenAge - 3 * PROBE_EARLIER_MS;
  }
  return Math.min(Math.max(DEFAULT_OFFSET_MS, firstSeenAge - READING_INTERVAL_MS), firstSeenAge);
}

/** The time of the next live poll, given the last one finished at `now`. */
export function nextLivePollAt(state: AlignmentState, now: number): number {
  if (state.lastReadingTime === null) return now + READING_INTERVAL_MS;
  const learning = state.offsets.length < LEARNED_AFTER;
  if (state.unchangedPolls > 0) {
    const steps = state.offsets.length === 0 ? LEARNING_STEPS_MS : NOT_YET_STEPS_MS;
    return now + steps[Math.min(state.unchangedPolls - 1, steps.length - 1)]!;
  }
  // While learning, probe after every other first-try catch: those only bound the offset.
  const probeAfter = learning ? LEARNING_PROBE_EVERY : PROBE_EVERY;
  const probe = state.hitsSinceProbe >= probeAfter ? (learning ? 3 : 1) * PROBE_EARLIER_MS : 0;
  const offset = typicalOffset(state.offsets) ?? startingOffset(state.firstSeenAge);
  const due = state.lastReadingTime + READING_INTERVAL_MS + offset + MARGIN_MS - probe;
  return Math.min(Math.max(due, now + MIN_GAP_MS), now + MAX_GAP_MS);
}

/**
 * When to ask for the next live value. The sensor makes a reading a minute; the server has it
 * some seconds later (upload delay), and our clock may disagree with the sensor's. Both add up
 * to one offset: how long after a reading's sensor time (by our clock) the server has it.
 *
 * We learn that offset only from polls that bracket a reading's arrival (one poll saw nothing
 * new, the next saw it), because a poll that finds the reading already there tells us only an
 * upper bound; learning from upper bounds would ratchet the offset up by the margin every minute.
 * Those bounds are kept as a bracket (known too early, known enough): probes go to its middle,
 * so it halves each time instead of staying as wide as the retry step. Every 45 minutes a
 * probe polls a little earlier so a shrinking delay is noticed too.
 */
export const READING_INTERVAL_MS = 60_000;
const MARGIN_MS = 2_000;
const OBSERVATIONS = 15;
const PROBE_EVERY = 45;
const LEARNING_PROBE_EVERY = 4;
const PROBE_EARLIER_MS = 6_000;
/** A bracket this narrow is as good as a reading's jitter allows: no more bisecting. */
const CONVERGED_MS = 1_000;
/** Bisect after this many first-try catches (a probe that catches keeps bisecting for free). */
const BISECT_EVERY = 2;
/** A reading may come about this much later than one that arrived at the bracket's top. */
const JITTER_MS = 1_000;
/** After a miss, never ask again sooner than this (bursts draw 429s). */
const MIN_RETRY_GAP_MS = 3_000;
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
  /**
   * What is still unknown about the offset: above `low` (a poll that far after a reading's
   * sensor time found it missing) and at most `high` (one found it there). Probes go to the
   * middle, so the bracket halves instead of staying as wide as the retry step.
   */
  bracket: Bracket;
}

export interface Bracket {
  low: number | null;
  high: number | null;
}

export const initialAlignment: AlignmentState = {
  lastReadingTime: null,
  lastMissAt: null,
  unchangedPolls: 0,
  offsets: [],
  hitsSinceProbe: 0,
  firstSeenAge: null,
  bracket: { low: null, high: null },
};

/**
 * One reading's bounds folded into the bracket. Bounds that contradict the newer one are from
 * before the delay changed (or from a reading's jitter): they are dropped, not averaged.
 */
export function narrow(bracket: Bracket, low: number | null, high: number): Bracket {
  const keptHigh =
    bracket.high !== null && (low === null || low < bracket.high) ? bracket.high : null;
  const keptLow = bracket.low !== null && bracket.low < high ? bracket.low : null;
  const lows = [keptLow, low].filter((v): v is number => v !== null);
  return {
    low: lows.length > 0 ? Math.max(...lows) : null,
    high: keptHigh === null ? high : Math.min(keptHigh, high),
  };
}

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
      bracket: state.bracket,
    };
  }
  const caughtBy = seenAt - readingTime;
  const missedBy = consecutive && state.lastMissAt !== null ? state.lastMissAt - readingTime : null;
  const bracket = consecutive ? narrow(state.bracket, missedBy, caughtBy) : state.bracket;
  if (missedBy !== null) {
    // It arrived between the miss and now. A miss below what is already known to be too early
    // (a poll placed early for another wearer) adds nothing: the bracket's low is the better end.
    const known = state.bracket.low;
    const low = known !== null && known < caughtBy ? Math.max(known, missedBy) : missedBy;
    offsets = [...offsets, (low + caughtBy) / 2].slice(-OBSERVATIONS);
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
    bracket,
  };
}

/**
 * The offsets the other wearers' rules work with: the bracket when it is closed (its low is a
 * true lower bound), else the learned offsets.
 */
export function arrivalOffsets(state: AlignmentState): { typical: number; lowest: number } {
  const { low, high } = state.bracket;
  const lowest = lowestOffset(state.offsets);
  if (low !== null && high !== null && high - low <= NOT_YET_STEPS_MS[0]!) {
    return { typical: (low + high) / 2, lowest };
  }
  return { typical: typicalOffset(state.offsets) ?? 0, lowest: lowestOffset(state.offsets) };
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
  const expected = state.lastReadingTime + READING_INTERVAL_MS;
  const { low, high } = state.bracket;
  const learning = state.offsets.length < LEARNED_AFTER;
  if (state.unchangedPolls > 0) {
    // Too early, but earlier than a poll that once found a reading there: that time is known to
    // be enough, so the retry goes there instead of a full step later (lag = what is unknown).
    // Only after a miss that taught something (above what was known to be too early): a miss
    // far below it (a poll placed early for another wearer) steps as before, so the polls
    // that raise the low end still happen.
    const knownEnough = high !== null ? expected + high + JITTER_MS : null;
    const informative = low === null || now - expected > low;
    if (state.unchangedPolls === 1 && informative && knownEnough !== null && knownEnough > now) {
      return Math.max(knownEnough, now + MIN_RETRY_GAP_MS);
    }
    const steps = state.offsets.length === 0 ? LEARNING_STEPS_MS : NOT_YET_STEPS_MS;
    return now + steps[Math.min(state.unchangedPolls - 1, steps.length - 1)]!;
  }
  let due: number;
  if (low !== null && high !== null) {
    const middle = (low + high) / 2;
    // Still wider than a reading's jitter: probe the middle (a catch there costs nothing; a
    // miss is retried at `high`), so each probe halves what is unknown.
    const bisect = high - low > CONVERGED_MS && state.hitsSinceProbe >= BISECT_EVERY;
    const probe = state.hitsSinceProbe >= PROBE_EVERY ? PROBE_EARLIER_MS : 0;
    const offset = bisect ? middle : Math.min(middle + MARGIN_MS, high + JITTER_MS) - probe;
    due = expected + offset;
  } else {
    // While learning, probe after every other first-try catch: those only bound the offset.
    const probeAfter = learning ? LEARNING_PROBE_EVERY : PROBE_EVERY;
    const probe = state.hitsSinceProbe >= probeAfter ? (learning ? 3 : 1) * PROBE_EARLIER_MS : 0;
    const offset = typicalOffset(state.offsets) ?? startingOffset(state.firstSeenAge);
    due = expected + offset + MARGIN_MS - probe;
  }
  return Math.min(Math.max(due, now + MIN_GAP_MS), now + MAX_GAP_MS);
}

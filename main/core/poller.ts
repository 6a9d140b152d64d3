import { isLluError, LluError } from './llu/errors';
import type { GraphResult, LluClient, Patient } from './llu/types';
import type { Clock, Logger, TimerHandle } from './ports';
import { createBackfillQueue } from './polling/backfill-queue';
import {
  arrivalOffsets,
  initialAlignment,
  nextLivePollAt,
  observe,
  type AlignmentState,
} from './polling/alignment';
import { scheduleAroundOthers } from './polling/other-wearers';
import { rememberReading, steadyReadingTime } from './polling/reading-phase';
import { createRequestBudget } from './polling/request-budget';
import { retryDelayAfter } from './polling/retry-policy';

/** Where poll results go (the app core: history, snapshot, alarms). */
export interface PollSink {
  patients(patients: Patient[], at: number): Promise<void>;
  graph(result: GraphResult, at: number): Promise<void>;
  /** A failed request; `retryAt` is when the poller will try again on its own (null: waits for the person). */
  failed(error: LluError, at: number, retryAt: number | null): void;
}

export interface PollerOptions {
  clock: Clock;
  random: () => number;
  logger: Logger;
  client: Pick<LluClient, 'connections' | 'graph'>;
  sink: PollSink;
  /** Hard cap on requests per minute, whatever happens (default 4). */
  requestsPerMinute?: number;
}

export interface PollerStatus {
  running: boolean;
  inFlight: boolean;
  nextAt: number | null;
  /** Set while the poller will not retry on its own (bad credentials, terms to accept). */
  waitingForPerson: boolean;
  requestsLastMinute: number;
}

export interface Poller {
  start(): void;
  stop(): void;
  /** "Refresh now": coalesced, so a burst of triggers costs one request. */
  refreshNow(): void;
  /** After sleep or unlock: refresh now and backfill every patient's graph. */
  resume(): void;
  /** Backfill one patient's graph soon (e.g. the popover opened with stale history). */
  requestBackfill(patientId: string): void;
  /** Credentials changed or terms accepted: lift a wait-for-person stop and poll now. */
  unblock(): void;
  /** Which patient's reading rhythm the live polls follow. */
  setFocus(patientId: string | null): void;
  status(): PollerStatus;
}

const GAP_MS = 150_000;
/** A timer firing this far from when it was due means the clock was changed (or we slept). */
const CLOCK_JUMP_MS = 30_000;
/** graphData withholds the newest 15–20 min, so a gap is backfillable this long after it closed. */
const GRAPH_LAG_MS = 21 * 60_000;
/** After a start or a gap, the graph waits this long: the live polls find the next reading first. */
const COLD_START_BACKFILL_MS = 90_000;
/**
 * Except the shown wearer's first graph after a start, so the chart is not empty for the first
 * minute and a half: at once when the next live poll is this far away (its retries, 8 s apart
 * while learning, then fall into the next minute's budget), else right after that poll caught
 * the next reading. Either way the cold-start lag does not grow.
 */
const AT_ONCE_LEAD_MS = 44_000;
/**
 * Backfills never take the minute's last request slot when the live poll would need it: after a
 * resume or an outage's end all wearers' graphs are due at once, and spending the slot on them
 * kept the next live reading waiting up to a minute (seen with three wearers, the simulator).
 */
const LIVE_RESERVE = 1;
/** Nor do they follow another request back to back: LibreLinkUp answers bursts with 429s. */
const BACKFILL_SPACING_MS = 5_000;

export function createPoller(options: PollerOptions): Poller {
  const { clock, logger, client, sink } = options;
  const budget = createRequestBudget(clock, options.requestsPerMinute ?? 4);
  const backfills = createBackfillQueue();
  const lastLive = new Map<string, number>();
  /** Recent live reading times per wearer, for the steady phase of their arrivals. */
  const recentLive = new Map<string, number[]>();
  // One alignment per wearer: each phone uploads on its own rhythm, and switching whom the
  // schedule follows must not throw away what was learned (nor relearn from a stale sighting).
  const alignments = new Map<string, AlignmentState>();
  let focus: string | null = null;
  let running = false;
  let inFlight = false;
  let timer: TimerHandle | null = null;
  let nextAt: number | null = null;
  /** When the pending timer should fire by our clock (nextAt, or now if that had passed). */
  let timerDueAt: number | null = null;
  let liveDueAt = 0;
  let blockedUntil = 0;
  let waitingForPerson = false;
  let failures = 0;
  let knownPatients: string[] = [];
  /** The shown wearer whose first graph waits for their next reading (see AT_ONCE_LEAD_MS). */
  let firstGraphPending: string | null = null;

  const schedule = (at: number) => {
    if (!running) return;
    if (timer !== null) clock.clearTimeout(timer);
    const when = Math.max(at, budget.nextFreeAt(), blockedUntil);
    const delay = Math.max(0, when - clock.now());
    nextAt = when;
    timerDueAt = clock.now() + delay;
    timer = clock.setTimeout(() => {
      timer = null;
      const dueAt = timerDueAt;
      timerDueAt = null;
      if (dueAt !== null) noticeClockJump(clock.now() - dueAt);
      void tick();
    }, delay);
  };

  /**
   * Timers run on elapsed time, `clock.now()` on the wall clock: when they disagree, the wall
   * clock was changed. What was learned about reading arrivals is then wrong, and deadlines set
   * by the old clock must keep their distance after a jump back, or polling stops for as long
   * as the jump. (After a jump forward they have simply passed: a sleep looks the same.)
   */
  const noticeClockJump = (drift: number) => {
    if (Math.abs(drift) < CLOCK_JUMP_MS) return;
    logger.info('poller: the clock jumped', { seconds: Math.round(drift / 1000) });
    alignments.clear();
    if (drift < 0) {
      blockedUntil += drift;
      liveDueAt += drift;
      backfills.shift(drift);
    }
  };

  /** When the earliest backfill may go: due, spaced from the last request, a live slot kept. */
  const backfillReadyAt = (): number | null => {
    const queued = backfills.nextAt();
    if (queued === null) return null;
    const spaced = budget.lastTakenAt() + BACKFILL_SPACING_MS;
    // The last free slot is fine if another frees up before the live poll is due.
    const keepingOne = budget.nextFreeAt(LIVE_RESERVE);
    const slot = keepingOne <= liveDueAt ? budget.nextFreeAt() : keepingOne;
    return Math.max(queued, spaced, slot);
  };

  const scheduleNext = () => {
    if (waitingForPerson) {
      nextAt = null;
      return;
    }
    const backfillAt = backfillReadyAt();
    schedule(backfillAt === null ? liveDueAt : Math.min(liveDueAt, backfillAt));
  };

  const fail = (error: unknown) => {
    const typed = isLluError(error)
      ? error
      : new LluError('bad_response', 'Glucobar could not understand LibreLinkUp’s answer.');
    failures += 1;
    const now = clock.now();
    const delay = retryDelayAfter(typed, failures, options.random);
    waitingForPerson = delay === null;
    const retryAt = delay === null ? null : now + delay;
    if (retryAt !== null) {
      blockedUntil = retryAt;
      liveDueAt = retryAt;
    }
    logger.warn('poll failed', {
      code: typed.code,
      retryInSeconds: delay === null ? null : Math.round(delay / 1000),
    });
    sink.failed(typed, now, retryAt);
  };

  const pollLive = async () => {
    const patients = await client.connections();
    const now = clock.now();
    failures = 0;
    knownPatients = patients.map((p) => p.id);
    const firstSighted: string[] = [];
    for (const patient of patients) {
      const time = patient.latest?.time;
      if (time === undefined) continue;
      const previous = lastLive.get(patient.id);
      if (previous === undefined) {
        // First sighting (every start): the graph withholds its newest 15–20 min, so the time
        // just before now is only backfillable a little later (see firstGraphs).
        firstSighted.push(patient.id);
        backfills.add(patient.id, now + GRAPH_LAG_MS);
      } else if (time - previous > GAP_MS) {
        // Most of a gap is in the graph already; its newest 15–20 min only later. Counted from
        // now (our clock), not from the sensor time: the two clocks may disagree by hours.
        // As after a start, the next live reading comes first.
        backfills.add(patient.id, now + COLD_START_BACKFILL_MS);
        backfills.add(patient.id, now + GRAPH_LAG_MS);
      }
      if (previous !== undefined && time > previous && patient.id === firstGraphPending) {
        firstGraphPending = null;
        backfills.pull(patient.id, now);
      }
      if (previous === undefined || time > previous) lastLive.set(patient.id, time);
      recentLive.set(patient.id, rememberReading(recentLive.get(patient.id) ?? [], time));
    }
    for (const patient of patients) {
      const before = alignments.get(patient.id) ?? initialAlignment;
      alignments.set(patient.id, observe(before, patient.latest?.time ?? null, now));
    }
    liveDueAt = planLive(now);
    try {
      await sink.patients(patients, now);
    } finally {
      // After the sink: it chooses whom to show (setFocus).
      firstGraphs(firstSighted, now);
    }
  };

  /**
   * The first graphs after a start: the others' once the next live reading has been caught
   * (those polls need the minute's budget); the shown wearer's sooner (AT_ONCE_LEAD_MS).
   */
  const firstGraphs = (ids: readonly string[], now: number) => {
    const shown = focusedWearer();
    for (const id of ids) {
      if (id === shown && liveDueAt - now >= AT_ONCE_LEAD_MS) backfills.add(id, now);
      else backfills.add(id, now + COLD_START_BACKFILL_MS);
      if (id === shown) firstGraphPending = liveDueAt - now < AT_ONCE_LEAD_MS ? id : null;
    }
  };

  const focusedWearer = (): string | undefined =>
    focus !== null && knownPatients.includes(focus) ? focus : [...knownPatients].sort()[0];

  /** The next live poll: when the focus wearer's next reading arrives, minding the others'. */
  const planLive = (now: number): number => {
    const focused = focusedWearer();
    const alignment = (focused !== undefined && alignments.get(focused)) || initialAlignment;
    const others = knownPatients.flatMap((id) => {
      const time = id !== focused ? steadyReadingTime(recentLive.get(id) ?? []) : undefined;
      return time !== undefined ? [time] : [];
    });
    const offsets = arrivalOffsets(alignment);
    return scheduleAroundOthers(nextLivePollAt(alignment, now), others, offsets, now);
  };

  const rescheduleForFocus = () => {
    const now = clock.now();
    if (liveDueAt <= now || knownPatients.length === 0) return;
    liveDueAt = planLive(now);
    scheduleNext();
  };

  const pollGraph = async (patientId: string) => {
    const result = await client.graph(patientId);
    failures = 0;
    await sink.graph(result, clock.now());
  };

  const tick = async () => {
    if (!running || inFlight) return;
    const now = clock.now();
    const liveDue = liveDueAt <= now;
    const backfillReady = !liveDue && (backfillReadyAt() ?? Number.POSITIVE_INFINITY) <= now;
    if (now < blockedUntil || (!liveDue && !backfillReady) || !budget.tryTake()) {
      scheduleNext();
      return;
    }
    const backfill = backfillReady ? backfills.takeDue(now) : null;
    inFlight = true;
    try {
      if (backfill !== null) await pollGraph(backfill);
      else await pollLive();
    } catch (error) {
      if (backfill !== null && isLluError(error) && error.code === 'patient_not_found') {
        logger.info('backfill skipped: patient not found');
      } else {
        if (backfill !== null) backfills.add(backfill, clock.now() + 60_000);
        fail(error);
      }
    } finally {
      inFlight = false;
      scheduleNext();
    }
  };

  const pollSoon = () => {
    liveDueAt = Math.min(liveDueAt, clock.now());
    if (!inFlight) scheduleNext();
  };

  return {
    start() {
      if (running) return;
      running = true;
      liveDueAt = clock.now();
      scheduleNext();
    },
    stop() {
      running = false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      nextAt = null;
    },
    refreshNow() {
      if (waitingForPerson) return;
      pollSoon();
    },
    resume() {
      // The last readings seen stay known, so the first poll sees the sleep as a gap and also
      // schedules the backfill for its newest minutes (withheld from the graph until then).
      for (const id of knownPatients) backfills.add(id, clock.now());
      if (!waitingForPerson) pollSoon();
    },
    requestBackfill(patientId) {
      backfills.add(patientId, clock.now());
      if (!inFlight && !waitingForPerson) scheduleNext();
    },
    unblock() {
      waitingForPerson = false;
      blockedUntil = 0;
      failures = 0;
      pollSoon();
    },
    setFocus(patientId) {
      // Alignments are per wearer: the next poll follows the new focus's own rhythm at once.
      focus = patientId;
      if (!inFlight && running && !waitingForPerson) rescheduleForFocus();
    },
    status() {
      return { running, inFlight, nextAt, waitingForPerson, requestsLastMinute: budget.used() };
    },
  };
}

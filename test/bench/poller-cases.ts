// The poller's timing cases against the in-memory LibreLinkUp stand-in (test/unit/poller/
// fake-llu.ts): readings appear every minute, `delayMs` after their sensor time. Each case gives
// lags (poll that handed a reading on − when the server had it) and live requests per hour, and
// is judged against the goals of issue #14 in poller-lag.ts.
import { LluError } from '../../main/core/llu/errors';
import { createPoller } from '../../main/core/poller';
import { silentLogger } from '../../main/core/ports';
import { createFakeClock } from '../helpers/fake-clock';
import { createFakeLlu } from '../unit/poller/fake-llu';
import { followedPoller } from '../helpers/followed-poller';

export const MINUTE = 60_000;
/** Polls before this are the start's learning, not the steady state the request goal is about. */
export const LEARNING_MS = 15 * MINUTE;
const START_PHASES = Array.from({ length: 12 }, (_, i) => i * 5_000);
export const UPLOAD_DELAYS = [0, 3_000, 12_000, 25_000];

/**
 * Three wearers (as the demo account), the second shown (as the app chooses after its first
 * answer): after a resume or an outage all three graphs are due with the next live poll.
 */
const threeFollowed = (delayMs: number) =>
  followedPoller({ delayMs, patients: ['p1', 'p2', 'p3'] });

/** After a start at every 5 s of the minute, for each upload delay. */
export async function coldStartLags(): Promise<{ lags: number[]; firstGraph: number[] }> {
  const lags: number[] = [];
  const firstGraph: number[] = [];
  for (const delay of UPLOAD_DELAYS) {
    for (const phase of START_PHASES) {
      const { clock, llu, poller, firstNewLag } = threeFollowed(delay);
      await clock.advance(phase);
      const startedAt = clock.now();
      poller.start();
      await clock.advance(3 * MINUTE);
      poller.stop();
      lags.push(firstNewLag(startedAt));
      const graph = llu.calls.find((c) => c.kind === 'graph' && c.patientId === 'p2');
      firstGraph.push(graph ? graph.at - startedAt : NaN);
    }
  }
  return { lags, firstGraph };
}

/** Half an hour of steady polling, then two hours asleep (no timer fires), then `resume()`. */
export async function resumeLags(): Promise<number[]> {
  const lags: number[] = [];
  for (const delay of UPLOAD_DELAYS) {
    for (const phase of START_PHASES) {
      const { clock, poller, firstNewLag } = threeFollowed(delay);
      poller.start();
      await clock.advance(30 * MINUTE);
      clock.jump(2 * 60 * MINUTE + phase);
      const resumedAt = clock.now();
      poller.resume();
      await clock.advance(3 * MINUTE);
      poller.stop();
      lags.push(firstNewLag(resumedAt));
    }
  }
  return lags;
}

/** Twenty minutes of steady polling, an outage (requests fail) of 40 min + phase, then back. */
export async function outageEndLags(): Promise<number[]> {
  const lags: number[] = [];
  for (const delay of UPLOAD_DELAYS) {
    for (const phase of START_PHASES) {
      const { clock, llu, poller, seen, firstNewLag } = threeFollowed(delay);
      poller.start();
      await clock.advance(20 * MINUTE);
      llu.fail(new LluError('network', 'offline'));
      await clock.advance(40 * MINUTE + phase);
      llu.fail(null);
      const before = seen.length;
      await clock.advance(10 * MINUTE);
      poller.stop();
      const backAt = seen[before]?.at;
      lags.push(backAt === undefined ? NaN : firstNewLag(backAt));
    }
  }
  return lags;
}

export interface SteadyFigures {
  shown: number[];
  others: number[];
  /** Live requests per hour after the start's learning. */
  requestsPerHour: number;
  /** Minute readings of any wearer never handed on (the graph keeps only every fifth). */
  lost: number;
  readings: number;
}

/**
 * Steady state: wearers uploading at `phasesMs` (the first one shown) with one upload delay,
 * `hours` long; lags counted after the start's learning.
 */
export async function steady(
  phasesMs: readonly number[],
  hours: number,
  delayMs: number,
  random: () => number,
): Promise<SteadyFigures> {
  const clock = createFakeClock();
  const startedAt = clock.now();
  const ids = phasesMs.map((_, i) => `p${i + 1}`);
  const llu = createFakeLlu({ clock, delayMs, patients: ids, phasesMs });
  const seen = new Map<string, Set<number>>(ids.map((id) => [id, new Set()]));
  const figures: SteadyFigures = {
    shown: [],
    others: [],
    requestsPerHour: 0,
    lost: 0,
    readings: 0,
  };
  const poller = createPoller({
    clock,
    random,
    logger: silentLogger,
    client: llu.client,
    sink: {
      async patients(patients, at) {
        for (const p of patients) {
          const time = p.latest!.time;
          const set = seen.get(p.id)!;
          if (!set.has(time) && time >= startedAt + LEARNING_MS) {
            (p.id === 'p1' ? figures.shown : figures.others).push(at - (time + delayMs));
          }
          set.add(time);
        }
      },
      async graph() {},
      failed() {},
    },
  });
  poller.setFocus('p1');
  poller.start();
  await clock.advance(hours * 60 * MINUTE);
  poller.stop();
  const live = llu.calls.filter((c) => c.kind === 'connections' && c.at >= startedAt + LEARNING_MS);
  figures.requestsPerHour = live.length / (hours - LEARNING_MS / (60 * MINUTE));
  for (const set of seen.values()) {
    const times = [...set].filter((t) => t >= startedAt + LEARNING_MS).sort((a, b) => a - b);
    if (times.length === 0) continue;
    const span = (times.at(-1)! - times[0]!) / MINUTE + 1;
    figures.readings += span;
    figures.lost += span - times.length;
  }
  return figures;
}

/** The figures of several runs together (requests per hour averaged). */
export function pooled(runs: readonly SteadyFigures[]): SteadyFigures {
  return {
    shown: runs.flatMap((r) => r.shown),
    others: runs.flatMap((r) => r.others),
    requestsPerHour: runs.reduce((sum, r) => sum + r.requestsPerHour, 0) / runs.length,
    lost: runs.reduce((sum, r) => sum + r.lost, 0),
    readings: runs.reduce((sum, r) => sum + r.readings, 0),
  };
}

/** A small seeded generator, so every run of the bench measures the same layouts. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

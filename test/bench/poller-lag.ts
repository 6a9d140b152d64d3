// Lag from "the server has the reading" to "the poller hands it on", for the aligned schedule
// and for a plain 60 s timer, on the same simulated readings (constant upload delays of 3, 12
// and 25 s; the plain timer is averaged over every start phase within the minute). Then the
// whole app against the simulator over HTTP for a few hours, every followed wearer counted.
import { createPoller } from '../../main/core/poller';
import { silentLogger } from '../../main/core/ports';
import { createFakeClock } from '../helpers/fake-clock';
import { createMemoryFs } from '../unit/integration/memory-fs';
import { HOUR, startRig } from '../unit/integration/rig';
import { createFakeLlu } from '../unit/poller/fake-llu';

const MINUTE = 60_000;
const HOURS = 24;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function aligned(delayMs: number, skewMs: number) {
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, delayMs, skewMs });
  const lags: number[] = [];
  let last = -Infinity;
  const poller = createPoller({
    clock,
    random: Math.random,
    logger: silentLogger,
    client: llu.client,
    sink: {
      async patients(patients, at) {
        const time = patients[0]!.latest!.time;
        if (time > last && last !== -Infinity) lags.push(at - (time - skewMs + delayMs));
        last = Math.max(last, time);
      },
      async graph() {},
      failed() {},
    },
  });
  poller.start();
  await clock.advance(HOURS * 60 * MINUTE);
  poller.stop();
  const live = llu.calls.filter((c) => c.kind === 'connections').length;
  return { lags: lags.slice(15), requestsPerHour: live / HOURS };
}

function plainTimer(delayMs: number, phaseMs: number) {
  // Readings at k·60 s + 40 s (fake LLU's phase), available delayMs later; polls at k·60 s + phase.
  const lags: number[] = [];
  for (let k = 0; k < HOURS * 60; k += 1) {
    const available = k * MINUTE + 40_000 + delayMs;
    let poll = Math.ceil((available - phaseMs) / MINUTE) * MINUTE + phaseMs;
    if (poll < available) poll += MINUTE;
    lags.push(poll - available);
  }
  return { lags, requestsPerHour: 60 };
}

/** Lag of a plain timer at every whole-second phase for readings available at `times`. */
function plainTimerLags(times: readonly number[]): number[] {
  const lags: number[] = [];
  for (let phase = 0; phase < MINUTE; phase += 1000) {
    for (const t of times) lags.push(Math.ceil((t - phase) / MINUTE) * MINUTE + phase - t);
  }
  return lags;
}

const HTTP_HOURS = 6;
const LEARNING_MS = 15 * MINUTE;

/**
 * The app core polling the simulator over HTTP. The simulator shows a reading from its sensor
 * time on (no upload delay), so lag = first poll that returned it − its sensor time.
 */
async function overHttp(): Promise<string> {
  const start = Date.UTC(2026, 10, 24, 8, 0, 0);
  const rig = await startRig({ start, historyFs: createMemoryFs() });
  const firstSeen = new Map<string, Map<number, number>>(
    rig.patientIds.map((id) => [id, new Map()]),
  );
  try {
    rig.core.start();
    for (let hour = 0; hour < HTTP_HOURS; hour += 1) {
      await rig.advance(HOUR);
      // What each poll returned, read back from the simulator (its log keeps 1000 requests).
      for (const entry of rig.sim.control.requests()) {
        if (entry.endpoint !== 'connections' || entry.status !== 200) continue;
        for (const id of rig.patientIds) {
          const at = Math.floor(entry.at);
          const live = rig.sim.control.publishedReadings(id, at - 2 * MINUTE, at, 'live');
          const time = live.at(-1)?.time;
          const seen = firstSeen.get(id)!;
          if (time !== undefined && !seen.has(time)) seen.set(time, entry.at);
        }
      }
    }
    const focus = rig.core.snapshot().selectedPatientId!;
    const lagsOf = (ids: string[]) =>
      ids.flatMap((id) =>
        [...firstSeen.get(id)!].filter(([t]) => t >= start + LEARNING_MS).map(([t, at]) => at - t),
      );
    const timesOf = (ids: string[]) =>
      ids.flatMap((id) => [...firstSeen.get(id)!.keys()].filter((t) => t >= start + LEARNING_MS));
    const others = rig.patientIds.filter((id) => id !== focus);
    const live = rig.sim.control.counts().byEndpoint.connections;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const focusLags = lagsOf([focus]);
    const otherLags = lagsOf(others);
    const plain = plainTimerLags(timesOf(rig.patientIds));
    return (
      `simulator over HTTP, ${HTTP_HOURS} h, ${rig.patientIds.length} wearers ` +
      `(goals: shown ≤ 5 s, others ≤ 8 s, ≤ 62 req/h): aligned median ` +
      `${s(quantile(focusLags, 0.5))}, p95 ${s(quantile(focusLags, 0.95))} (shown wearer), ` +
      `median ${s(quantile(otherLags, 0.5))}, p95 ${s(quantile(otherLags, 0.95))} (others), ` +
      `${(live / HTTP_HOURS).toFixed(1)} req/h | plain 60 s timer median ` +
      `${s(quantile(plain, 0.5))}, p95 ${s(quantile(plain, 0.95))}, 60 req/h`
    );
  } finally {
    await rig.close();
  }
}

/**
 * Cold start: the poller started at 12 phases of the minute, the app's setFocus right after
 * the first answer; lag of the first reading newer than the one the first poll saw.
 */
async function coldStart(delayMs: number): Promise<{ lags: number[]; firstGraph: number[] }> {
  const lags: number[] = [];
  const firstGraph: number[] = [];
  for (let phase = 0; phase < MINUTE; phase += 5_000) {
    const clock = createFakeClock();
    const llu = createFakeLlu({ clock, delayMs, patients: ['p1', 'p2'] });
    let first: number | null = null;
    let lag: number | null = null;
    const poller = createPoller({
      clock,
      random: Math.random,
      logger: silentLogger,
      client: llu.client,
      sink: {
        async patients(patients, at) {
          const time = patients[1]!.latest!.time;
          if (first === null) {
            first = time;
            poller.setFocus('p2');
          } else if (lag === null && time > first) lag = at - (time + delayMs);
        },
        async graph() {},
        failed() {},
      },
    });
    await clock.advance(phase);
    const startedAt = clock.now();
    poller.start();
    await clock.advance(3 * MINUTE);
    poller.stop();
    lags.push(lag ?? NaN);
    const graph = llu.calls.find((c) => c.kind === 'graph' && c.patientId === 'p2');
    firstGraph.push(graph ? graph.at - startedAt : NaN);
  }
  return { lags, firstGraph };
}

/** A small seeded generator, so every run of the bench measures the same layouts. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const LAYOUTS = 24;
const LAYOUT_HOURS = 4;

/**
 * Three wearers whose phones upload at independent phases of the minute (random layouts, upload
 * delay 5 s), the first one shown: lag per new reading, and minute readings never seen at all
 * (the graph keeps only every fifth, so those are lost for good).
 */
async function threeWearers(): Promise<string> {
  const random = seeded(14);
  const shown: number[] = [];
  const others: number[] = [];
  let lost = 0;
  let readings = 0;
  let live = 0;
  for (let layout = 0; layout < LAYOUTS; layout += 1) {
    const clock = createFakeClock();
    const ids = ['p1', 'p2', 'p3'];
    const phasesMs = ids.map(() => Math.floor(random() * 60) * 1000);
    const llu = createFakeLlu({ clock, delayMs: 5_000, patients: ids, phasesMs });
    const seen = new Map<string, Set<number>>(ids.map((id) => [id, new Set()]));
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
            if (!set.has(time) && set.size > 15) {
              (p.id === 'p1' ? shown : others).push(at - (time + 5_000));
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
    await clock.advance(LAYOUT_HOURS * 60 * MINUTE);
    poller.stop();
    live += llu.calls.filter((c) => c.kind === 'connections').length;
    for (const set of seen.values()) {
      const times = [...set].sort((a, b) => a - b).slice(15);
      const span = (times.at(-1)! - times[0]!) / MINUTE + 1;
      readings += span;
      lost += span - times.length;
    }
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `3 wearers, ${LAYOUTS} random upload phases × ${LAYOUT_HOURS} h, delay 5 s (goals: shown ≤ 5 s, ` +
    `others ≤ 8 s, ≤ 62 req/h): shown median ${s(quantile(shown, 0.5))}, p95 ` +
    `${s(quantile(shown, 0.95))}; others median ${s(quantile(others, 0.5))}, p95 ` +
    `${s(quantile(others, 0.95))}; ${lost} of ${readings} minute readings never seen; ` +
    `${(live / (LAYOUTS * LAYOUT_HOURS)).toFixed(1)} req/h`
  );
}

export async function benchPollerLag(): Promise<string[]> {
  const lines: string[] = [];
  const cold: number[] = [];
  const firstGraph: number[] = [];
  for (const delay of [0, 3_000, 12_000, 25_000]) {
    const run = await coldStart(delay);
    cold.push(...run.lags);
    firstGraph.push(...run.firstGraph);
  }
  lines.push(
    `cold start (goal: first new reading ≤ 10 s): median ${(quantile(cold, 0.5) / 1000).toFixed(1)} s, ` +
      `p95 ${(quantile(cold, 0.95) / 1000).toFixed(1)} s, max ${(Math.max(...cold) / 1000).toFixed(1)} s ` +
      `(upload delays 0/3/12/25 s × 12 start phases)`,
    `first graph of the shown wearer after a start (was 90 s): median ` +
      `${(quantile(firstGraph, 0.5) / 1000).toFixed(1)} s, max ${(Math.max(...firstGraph) / 1000).toFixed(1)} s`,
  );
  for (const delay of [3_000, 12_000, 25_000]) {
    const a = await aligned(delay, 0);
    const plain = Array.from({ length: 60 }, (_, s) => s * 1000).flatMap(
      (phase) => plainTimer(delay, phase).lags,
    );
    lines.push(
      `steady, 1 wearer, upload delay ${delay / 1000} s (goals: ≤ 5 s, ≤ 62 req/h): aligned median ${(quantile(a.lags, 0.5) / 1000).toFixed(1)} s, ` +
        `p95 ${(quantile(a.lags, 0.95) / 1000).toFixed(1)} s, ${a.requestsPerHour.toFixed(1)} req/h | ` +
        `plain 60 s timer median ${(quantile(plain, 0.5) / 1000).toFixed(1)} s, p95 ${(quantile(plain, 0.95) / 1000).toFixed(1)} s, 60 req/h`,
    );
  }
  const skewed = await aligned(7_000, 4 * MINUTE);
  lines.push(
    `sensor clock 4 min ahead, delay 7 s: aligned median ${(quantile(skewed.lags, 0.5) / 1000).toFixed(1)} s, ` +
      `p95 ${(quantile(skewed.lags, 0.95) / 1000).toFixed(1)} s, ${skewed.requestsPerHour.toFixed(1)} req/h`,
  );
  lines.push(await threeWearers());
  lines.push(await overHttp());
  return lines;
}

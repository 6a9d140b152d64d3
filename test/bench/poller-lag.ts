// Lag from "the server has the reading" to "the poller hands it on", case by case, each next to
// its goal (issue #14; docs/polling.md explains the placement and why some goals cannot all be
// met with one live request a minute). Indented lines compare the aligned schedule with a plain
// 60 s timer on the same readings. The demo account runs the whole app against the simulator
// over HTTP, every followed wearer counted.
import { createPoller } from '../../main/core/poller';
import { silentLogger } from '../../main/core/ports';
import { createFakeClock } from '../helpers/fake-clock';
import { createMemoryFs } from '../unit/integration/memory-fs';
import { HOUR, startRig } from '../unit/integration/rig';
import { createFakeLlu } from '../unit/poller/fake-llu';
import {
  coldStartLags,
  LEARNING_MS,
  MINUTE,
  outageEndLags,
  pooled,
  resumeLags,
  seeded,
  steady,
  type SteadyFigures,
} from './poller-cases';

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

/**
 * The app core polling the simulator over HTTP. The simulator shows a reading from its sensor
 * time on (no upload delay), so lag = first poll that returned it − its sensor time.
 */
async function overHttp(): Promise<string[]> {
  const start = Date.UTC(2026, 10, 24, 8, 0, 0);
  const rig = await startRig({ start, historyFs: createMemoryFs() });
  const firstSeen = new Map<string, Map<number, number>>(
    rig.patientIds.map((id) => [id, new Map()]),
  );
  try {
    rig.core.start();
    let steadyLive = 0;
    for (let hour = 0; hour < HTTP_HOURS; hour += 1) {
      const from = rig.sim.control.now();
      await rig.advance(HOUR);
      // What each poll returned, read back from the simulator (its log keeps 1000 requests).
      for (const entry of rig.sim.control.requests()) {
        if (entry.endpoint !== 'connections' || entry.status !== 200) continue;
        if (entry.at >= from && entry.at >= start + LEARNING_MS) steadyLive += 1;
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
    const plain = plainTimerLags(timesOf(rig.patientIds));
    const phases = rig.patientIds.map((id) => {
      const newest = [...firstSeen.get(id)!.keys()].at(-1) ?? NaN;
      return `${id === focus ? 'shown ' : ''}:${String(Math.round((newest % MINUTE) / 1000)).padStart(2, '0')}`;
    });
    const figures: SteadyFigures = {
      shown: lagsOf([focus]),
      others: lagsOf(others),
      requestsPerHour: steadyLive / (HTTP_HOURS - LEARNING_MS / HOUR),
      lost: 0,
      readings: 0,
    };
    return [
      threeLine(
        `demo account over HTTP (uploads at ${phases.join(' ')}), ${HTTP_HOURS} h`,
        figures,
      ),
      `  plain 60 s timer on the same readings: median ${s(quantile(plain, 0.5))}, p95 ` +
        `${s(quantile(plain, 0.95))}, 60 req/h`,
    ];
  } finally {
    await rig.close();
  }
}

const LAYOUTS = 24;
const LAYOUT_HOURS = 4;

/** Three wearers at `phasesOf(random)` each layout, upload delay 5 s, the first one shown. */
async function threeWearers(phasesOf: (random: () => number) => number[]): Promise<SteadyFigures> {
  const random = seeded(14);
  const runs: SteadyFigures[] = [];
  for (let layout = 0; layout < LAYOUTS; layout += 1) {
    runs.push(await steady(phasesOf(random), LAYOUT_HOURS, 5_000, random));
  }
  return pooled(runs);
}

const second = (random: () => number) => Math.floor(random() * 60) * 1000;
/** Phones uploading at independent seconds of the minute. */
const randomPhases = (random: () => number) => [second(random), second(random), second(random)];
/** All three within 4 s of each other (the shown one anywhere among them). */
const closePhases = (random: () => number) => {
  const base = second(random);
  return [0, 1, 2].map(() => (base + Math.floor(random() * 5) * 1000) % MINUTE);
};

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (checks: ReadonlyArray<[string, boolean]>) => {
  const failed = checks.filter(([, ok]) => !ok).map(([name]) => name);
  return failed.length === 0 ? 'met' : `NOT met (${failed.join(', ')})`;
};

/** A "first new reading" case: the worst lag against the 10 s goal. */
function firstReadingLine(name: string, lags: readonly number[]): string {
  const worst = Math.max(...lags);
  return (
    `${name}: first new reading max ${s(worst)}, median ${s(quantile([...lags], 0.5))} ` +
    `(goal ≤ 10 s) — ${verdict([['lag', worst <= 10_000]])}`
  );
}

/** A steady case with three wearers against the shown/others/request goals. */
function threeLine(name: string, f: SteadyFigures): string {
  const shown = quantile(f.shown, 0.5);
  const others = quantile(f.others, 0.5);
  return (
    `${name}: shown median ${s(shown)} (p95 ${s(quantile(f.shown, 0.95))}), others median ` +
    `${s(others)} (p95 ${s(quantile(f.others, 0.95))}), ${f.requestsPerHour.toFixed(1)} req/h, ` +
    (f.readings > 0 ? `${f.lost} of ${f.readings} minute readings never seen ` : '') +
    `(goals: shown ≤ 5 s, others ≤ 8 s, ` +
    `≤ 62 req/h) — ` +
    verdict([
      ['shown', shown <= 5_000],
      ['others', others <= 8_000],
      ['req/h', f.requestsPerHour <= 62],
    ])
  );
}

export async function benchPollerLag(): Promise<string[]> {
  const lines: string[] = [];
  const cold = await coldStartLags();
  lines.push(
    firstReadingLine('cold start (delays 0/3/12/25 s × 12 start phases)', cold.lags),
    `  first graph of the shown wearer after a start (was 90 s): median ` +
      `${s(quantile(cold.firstGraph, 0.5))}, max ${s(Math.max(...cold.firstGraph))}`,
    firstReadingLine('resume after 2 h asleep (same delays × phases)', await resumeLags()),
    firstReadingLine('end of a 40 min outage (same delays × phases)', await outageEndLags()),
  );
  const oneRuns: SteadyFigures[] = [];
  for (const delay of [3_000, 12_000, 25_000]) {
    oneRuns.push(await steady([40_000], 24, delay, seeded(1)));
  }
  const one = pooled(oneRuns);
  const oneLag = quantile(one.shown, 0.5);
  lines.push(
    `1 wearer, steady, delays 3/12/25 s × 24 h: median ${s(oneLag)} (p95 ` +
      `${s(quantile(one.shown, 0.95))}), ${one.requestsPerHour.toFixed(1)} req/h (goals: ≤ 5 s, ` +
      `≤ 62 req/h) — ${verdict([
        ['lag', oneLag <= 5_000],
        ['req/h', one.requestsPerHour <= 62],
      ])}`,
  );
  for (const delay of [3_000, 12_000, 25_000]) {
    const a = await aligned(delay, 0);
    const plain = Array.from({ length: 60 }, (_, sec) => sec * 1000).flatMap(
      (phase) => plainTimer(delay, phase).lags,
    );
    lines.push(
      `  delay ${delay / 1000} s: aligned median ${s(quantile(a.lags, 0.5))}, p95 ` +
        `${s(quantile(a.lags, 0.95))}, ${a.requestsPerHour.toFixed(1)} req/h | plain 60 s timer ` +
        `median ${s(quantile(plain, 0.5))}, p95 ${s(quantile(plain, 0.95))}, 60 req/h`,
    );
  }
  const skewed = await aligned(7_000, 4 * MINUTE);
  lines.push(
    `  sensor clock 4 min ahead, delay 7 s: aligned median ${s(quantile(skewed.lags, 0.5))}, ` +
      `p95 ${s(quantile(skewed.lags, 0.95))}, ${skewed.requestsPerHour.toFixed(1)} req/h`,
  );
  lines.push(
    threeLine(
      `3 wearers, close phases (within 4 s), ${LAYOUTS} layouts × ${LAYOUT_HOURS} h`,
      await threeWearers(closePhases),
    ),
    threeLine(
      `3 wearers, random phases, ${LAYOUTS} layouts × ${LAYOUT_HOURS} h`,
      await threeWearers(randomPhases),
    ),
  );
  lines.push(...(await overHttp()));
  return lines;
}

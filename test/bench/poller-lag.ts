// Lag from "the server has the reading" to "the poller hands it on", for the aligned schedule
// and for a plain 60 s timer, on the same simulated readings (constant upload delays of 3, 12
// and 25 s; the plain timer is averaged over every start phase within the minute).
import { createPoller } from '../../main/core/poller';
import { silentLogger } from '../../main/core/ports';
import { createFakeClock } from '../helpers/fake-clock';
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

export async function benchPollerLag(): Promise<string[]> {
  const lines: string[] = [];
  for (const delay of [3_000, 12_000, 25_000]) {
    const a = await aligned(delay, 0);
    const plain = Array.from({ length: 60 }, (_, s) => s * 1000).flatMap(
      (phase) => plainTimer(delay, phase).lags,
    );
    lines.push(
      `upload delay ${delay / 1000} s: aligned median ${(quantile(a.lags, 0.5) / 1000).toFixed(1)} s, ` +
        `p95 ${(quantile(a.lags, 0.95) / 1000).toFixed(1)} s, ${a.requestsPerHour.toFixed(1)} req/h | ` +
        `plain 60 s timer median ${(quantile(plain, 0.5) / 1000).toFixed(1)} s, p95 ${(quantile(plain, 0.95) / 1000).toFixed(1)} s, 60 req/h`,
    );
  }
  const skewed = await aligned(7_000, 4 * MINUTE);
  lines.push(
    `sensor clock 4 min ahead, delay 7 s: aligned median ${(quantile(skewed.lags, 0.5) / 1000).toFixed(1)} s, ` +
      `p95 ${(quantile(skewed.lags, 0.95) / 1000).toFixed(1)} s, ${skewed.requestsPerHour.toFixed(1)} req/h`,
  );
  return lines;
}

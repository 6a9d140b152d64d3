import { describe, expect, it } from 'vitest';
import { LluError } from '../../../main/core/llu/errors';
import type { Patient } from '../../../main/core/llu/types';
import { createPoller, type PollSink } from '../../../main/core/poller';
import { silentLogger } from '../../../main/core/ports';
import { createFakeClock } from '../../helpers/fake-clock';
import { createFakeLlu, type FakeLluOptions } from './fake-llu';

const MINUTE = 60_000;

function setup(options: Partial<FakeLluOptions> = {}, requestsPerMinute?: number) {
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, ...options });
  const seen: Array<{ at: number; patients: Patient[] }> = [];
  const graphs: Array<{ at: number; patientId: string }> = [];
  const failures: Array<{ code: string; at: number; retryAt: number | null }> = [];
  const sink: PollSink = {
    async patients(patients, at) {
      seen.push({ at, patients });
    },
    async graph(result, at) {
      graphs.push({ at, patientId: result.patient.id });
    },
    failed(error, at, retryAt) {
      failures.push({ code: error.code, at, retryAt });
    },
  };
  const poller = createPoller({
    clock,
    random: () => 0.5,
    logger: silentLogger,
    client: llu.client,
    sink,
    ...(requestsPerMinute ? { requestsPerMinute } : {}),
  });
  return { clock, llu, poller, seen, graphs, failures };
}

/** Lag from "the server has the reading" to "the poller handed it on", per new reading. */
function lags(
  seen: Array<{ at: number; patients: Patient[] }>,
  delay: number,
  skew: number,
): number[] {
  const out: number[] = [];
  let last = -Infinity;
  for (const { at, patients } of seen) {
    const time = patients[0]?.latest?.time ?? -Infinity;
    if (time > last) {
      if (last !== -Infinity) out.push(at - (time - skew + delay));
      last = time;
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function maxInAnyMinute(times: number[]): number {
  let max = 0;
  for (const t of times) max = Math.max(max, times.filter((u) => u >= t && u < t + MINUTE).length);
  return max;
}

describe('poller: aligned to the sensor', () => {
  it.each([
    ['no skew', 0],
    ['sensor clock 3 min ahead', 3 * MINUTE],
    ['sensor clock 2 min behind', -2 * MINUTE],
  ])(
    'catches new readings within seconds at about one request a minute (%s)',
    async (_name, skew) => {
      const delay = 7_000;
      const { clock, llu, poller, seen } = setup({ delayMs: delay, skewMs: skew });
      poller.start();
      await clock.advance(6 * 60 * MINUTE);
      const live = llu.calls.filter((c) => c.kind === 'connections');
      const lag = lags(seen, delay, skew).slice(10);
      expect(median(lag)).toBeLessThan(10_000);
      expect(live.length / 360).toBeLessThan(1.3);
      expect(live.length / 360).toBeGreaterThan(0.9);
      poller.stop();
    },
  );

  it('a plain 60 s timer would be slower: the aligned median lag beats 20 s by a wide margin', async () => {
    const { clock, poller, seen } = setup({ delayMs: 3_000, phaseMs: 17_000 });
    poller.start();
    await clock.advance(120 * MINUTE);
    expect(median(lags(seen, 3_000, 0).slice(5))).toBeLessThan(6_000);
  });

  it('keeps polling about once a minute while readings stall, and catches up after', async () => {
    const { clock, llu, poller } = setup();
    poller.start();
    await clock.advance(10 * MINUTE);
    llu.stall(true);
    const before = llu.calls.length;
    await clock.advance(20 * MINUTE);
    const during = llu.calls.slice(before).filter((c) => c.kind === 'connections');
    expect(during.length).toBeLessThanOrEqual(25);
    expect(during.length).toBeGreaterThanOrEqual(15);
    llu.stall(false);
    await clock.advance(5 * MINUTE);
    const graphAfter = llu.calls.slice(before).filter((c) => c.kind === 'graph');
    expect(graphAfter.length).toBeGreaterThan(0);
  });
});

describe('poller: backfill', () => {
  it('fetches each patient’s graph at start and once more when it covers the start, not every minute', async () => {
    const { clock, llu, poller, graphs } = setup({ patients: ['a', 'b', 'c'] });
    poller.start();
    await clock.advance(60 * MINUTE);
    expect(graphs.map((g) => g.patientId).sort()).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect(llu.calls.filter((c) => c.kind === 'graph')).toHaveLength(6);
    const a = graphs.filter((g) => g.patientId === 'a');
    expect(a[1]!.at - a[0]!.at).toBeGreaterThanOrEqual(15 * MINUTE);
  });

  it('after a gap: now, and again once the graph covers the gap’s end', async () => {
    const { clock, llu, poller, graphs } = setup();
    poller.start();
    await clock.advance(30 * MINUTE);
    llu.fail(new LluError('network', 'offline'));
    await clock.advance(3 * 60 * MINUTE);
    llu.fail(null);
    const before = graphs.length;
    await clock.advance(40 * MINUTE);
    const after = graphs.slice(before);
    expect(after.length).toBe(2);
    expect(after[1]!.at - after[0]!.at).toBeGreaterThanOrEqual(15 * MINUTE);
  });

  it('resume and requestBackfill fetch the graph again', async () => {
    const { clock, poller, graphs } = setup({ patients: ['a', 'b'] });
    poller.start();
    await clock.advance(10 * MINUTE);
    const before = graphs.length;
    poller.requestBackfill('b');
    // Soon: once a request slot is free with one still kept for the live poll.
    await clock.advance(MINUTE);
    expect(graphs.slice(before).map((g) => g.patientId)).toEqual(['b']);
    poller.resume();
    await clock.advance(2 * MINUTE);
    expect(
      graphs
        .slice(before + 1)
        .map((g) => g.patientId)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('poller: manners', () => {
  it('never exceeds the request budget, even while every request fails', async () => {
    const { clock, llu, poller } = setup({ patients: ['a', 'b', 'c'] });
    llu.fail(new LluError('server_unavailable', 'down'));
    poller.start();
    for (let i = 0; i < 50; i += 1) {
      poller.refreshNow();
      poller.resume();
      await clock.advance(7_000);
    }
    expect(maxInAnyMinute(llu.calls.map((c) => c.at))).toBeLessThanOrEqual(4);
  });

  it('backs off exponentially on repeated failures', async () => {
    const { clock, llu, poller, failures } = setup();
    llu.fail(new LluError('network', 'offline'));
    poller.start();
    await clock.advance(60 * MINUTE);
    const gaps = failures.slice(1).map((f, i) => f.at - failures[i]!.at);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[3]!).toBeGreaterThan(gaps[2]!);
    expect(failures.length).toBeLessThan(15);
  });

  it('honours Retry-After', async () => {
    const { clock, llu, poller, failures } = setup();
    poller.start();
    await clock.advance(3 * MINUTE);
    llu.fail(new LluError('rate_limited', 'slow down', { retryAfterSeconds: 900 }));
    await clock.advance(2 * MINUTE);
    const limitedAt = failures[0]!.at;
    expect(failures[0]!.retryAt).toBeGreaterThanOrEqual(limitedAt + 900_000);
    const callsBefore = llu.calls.length;
    for (let i = 0; i < 10; i += 1) {
      poller.refreshNow();
      await clock.advance(MINUTE);
    }
    expect(llu.calls.filter((c) => c.at > limitedAt && c.at < limitedAt + 900_000).length).toBe(0);
    expect(llu.calls.length).toBe(callsBefore);
  });

  it('never retries bad credentials on its own, and polls again once unblocked', async () => {
    const { clock, llu, poller, failures } = setup();
    llu.fail(new LluError('bad_credentials', 'wrong password'));
    poller.start();
    await clock.advance(24 * 60 * MINUTE);
    expect(llu.calls).toHaveLength(1);
    expect(failures[0]!.retryAt).toBeNull();
    poller.refreshNow();
    await clock.advance(MINUTE);
    expect(llu.calls).toHaveLength(1);
    llu.fail(null);
    poller.unblock();
    await clock.advance(MINUTE);
    expect(llu.calls.length).toBeGreaterThan(1);
  });

  it('coalesces a burst of refresh triggers into one request and never overlaps requests', async () => {
    const { clock, llu, poller } = setup();
    poller.start();
    await clock.advance(5 * MINUTE);
    const before = llu.calls.length;
    llu.setLatency(30);
    for (let i = 0; i < 20; i += 1) poller.refreshNow();
    await clock.advance(1_000, () => new Promise((r) => setTimeout(r, 60)));
    expect(llu.calls.length - before).toBe(1);
    expect(poller.status().inFlight).toBe(false);
  });
});

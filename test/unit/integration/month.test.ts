// Four simulated days of Glucobar following the demo account: the app core with its poller, the
// real LibreLinkUp client over HTTP and the history store, against the simulator, on one fake
// clock, with two outages (3 h and 14 h). Every minute is polled for real (~5,700 requests); the
// history's files live in memory (memory-fs.ts says why). A simulated day costs two to three
// seconds of CPU (the real HTTP round trips) and much more under load, so this checks in four
// days what the thirty-day version did, none of which needs the month: the budget hour by hour,
// one login, every reading stored once across both outages, what a reopened store loads, and no
// gross leak. The thirty days with their finer memory figure (a heap flat to 2 MB from day 5 to
// day 30) are `npm run bench` (test/bench/month.ts), where memory goals belong.
import { afterAll, describe, expect, it } from 'vitest';
import { duplicates, inventedReadings, missingReadings } from './checks';
import { garbageCollector, settledHeapUsed } from './heap';
import { createMemoryFs } from './memory-fs';
import { createRequestAudit } from './request-audit';
import { DAY, HOUR, MINUTE, startRig, type Rig } from './rig';

const DAYS = 4;
/** A Tuesday in late November: no daylight-saving change anywhere the wearers live. */
const START = Date.UTC(2026, 10, 24, 8, 0, 0);
/**
 * Keeping a copy of what each poll brought (three patients, ~1.4 KB) grows the heap by ~4 MB
 * over the last two days (seen red); collections alone move the figure by up to ~1 MB.
 */
const HEAP_MARGIN = 3 * 1024 * 1024;
/** The heap is first measured once both outages and their backfills are over. */
const HEAP_FROM_DAY = 2;

let rig: Rig | undefined;
afterAll(async () => {
  await rig?.close();
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe('four simulated days against the simulator', () => {
  it('keeps to the request budget, logs in once, stores every reading once, and stays flat in memory', async () => {
    const startedAt = performance.now();
    const files = createMemoryFs();
    rig = await startRig({ start: START, historyFs: files });
    const { sim, core, patientIds } = rig;
    const audit = createRequestAudit(sim);
    const gc = garbageCollector();
    let heapBefore = 0;
    let heapAfter = 0;

    // Moves on in steps of at most 12 h: the simulator's request log keeps the last 1000.
    const advanceTo = async (time: number) => {
      while (sim.control.now() < time) {
        await rig!.advance(Math.min(12 * HOUR, time - sim.control.now()));
        audit.collect();
        if (!heapBefore && gc && sim.control.now() >= START + HEAP_FROM_DAY * DAY) {
          heapBefore = await settledHeapUsed(gc);
        }
      }
    };
    // Two outages: one the graph can cover, one longer than its 12 hours.
    const outages = [
      { at: START + 6 * HOUR, hours: 3, fault: { kind: 'drop' } as const },
      {
        at: START + 1 * DAY + 2 * HOUR,
        hours: 14,
        fault: { kind: 'maintenance', httpStatus: 503 } as const,
      },
    ];
    const windows: Array<{ down: number; back: number }> = [];

    core.start();
    for (const outage of outages) {
      await advanceTo(outage.at);
      const faultId = sim.control.inject(outage.fault);
      await advanceTo(outage.at + outage.hours * HOUR);
      sim.control.remove(faultId);
      const up = sim.control.now();
      await advanceTo(up + 20 * MINUTE);
      const back = sim.control
        .requests()
        .find((e) => e.at >= up && e.endpoint === 'connections' && e.status === 200)!.at;
      windows.push({ down: outage.at, back });
    }
    await advanceTo(START + DAYS * DAY);
    if (gc) heapAfter = await settledHeapUsed(gc);
    core.stop();
    const end = sim.control.now();

    // Budget: never more than 4 data calls in any minute; one login (two requests: the demo
    // account lives in eu, so the global host redirects once); about one live poll a minute.
    const counts = sim.control.counts();
    expect(audit.missed()).toBe(0);
    expect(counts.logins.success).toBe(1);
    expect(counts.byEndpoint.login).toBe(2);
    expect(Object.keys(counts.byStatus).sort()).toEqual(['200', '503', 'dropped']);
    expect(audit.busiestMinute().data).toBeLessThanOrEqual(4);
    // The login's two requests share the first minute with the first poll and the backfills.
    expect(audit.busiestMinute().all).toBeLessThanOrEqual(6);
    const live = audit.perHour('connections');
    expect(live).toHaveLength(DAYS * 24);
    const steady = live.filter((n) => n > 30);
    expect(steady.length).toBeGreaterThan(DAYS * 24 - 20);
    expect(steady.reduce((a, b) => a + b, 0) / steady.length).toBeLessThanOrEqual(70);
    // Probes and waits for a late reading make some hours busier; none by much.
    expect(Math.max(...live)).toBeLessThanOrEqual(75);
    // Backfills only at start and after gaps (sensor changes, outages): a few a week per wearer.
    expect(counts.byEndpoint.graph).toBeLessThanOrEqual(patientIds.length * 2 * 8);
    expect(counts.byEndpoint.logbook).toBe(0);

    const inOutage = (iso: string) =>
      windows.some((w) => Date.parse(iso) >= w.down && Date.parse(iso) <= w.back);
    for (const id of patientIds) {
      // Everything shown live, and every graph point old enough to be in a graph, is stored
      // once, as published; nothing else is.
      const published = sim.control.publishedReadings(id, START, end, 'live');
      expect(published.length).toBeGreaterThan(DAYS * 1440 * 0.9);
      const missing = await missingReadings(sim, rig.history, id, { from: START, to: end });
      expect(missing.filter((time) => !inOutage(time))).toEqual([]);
      // During an outage nothing is live; the graph brings back its last 12 hours.
      for (const { down, back } of windows) {
        const from = Math.max(down, back - 12 * HOUR + 5 * MINUTE);
        const range = { from, to: back, include: 'graph' as const };
        expect(await missingReadings(sim, rig.history, id, range)).toEqual([]);
      }
      expect(await inventedReadings(sim, rig.history, id, START - DAY, end)).toEqual([]);
      expect(duplicates(await rig.history.range(id, 0, Number.POSITIVE_INFINITY))).toEqual([]);
    }
    // What the 14-hour outage took for good: its first two hours.
    const lost = await rig.history.range(patientIds[0]!, windows[1]!.down, windows[1]!.back);
    expect(lost[0]!.time).toBeGreaterThan(windows[1]!.down + HOUR);

    // What is on "disk" is what was in memory: a fresh store loads the same days.
    const reopened = rig.reopenHistory();
    for (const id of patientIds) {
      const before = await rig.history.range(id, 0, Number.POSITIVE_INFINITY);
      expect(await reopened.range(id, 0, Number.POSITIVE_INFINITY)).toEqual(before);
    }
    expect(reopened.problems()).toEqual([]);
    await reopened.close();

    // Memory: the timers are the poller's and the tick's, and the heap did not grow with time
    // (readings live in typed arrays outside the heap, ~14 bytes each: the history's job).
    expect(rig.clock.pendingTimers()).toBeLessThanOrEqual(2);
    expect(gc).not.toBeNull();
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_MARGIN);
    console.log(
      `four days: ${Math.round((performance.now() - startedAt) / 1000)} s real time, ` +
        `${counts.byEndpoint.connections} live + ${counts.byEndpoint.graph} graph requests, ` +
        `heap day ${HEAP_FROM_DAY} ${mb(heapBefore)} → day ${DAYS} ${mb(heapAfter)}, ` +
        `history files ${mb(files.bytes())}`,
    );
  }, 300_000);
});

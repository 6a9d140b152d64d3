// Glucobar against the simulator when LibreLinkUp or the network fails: hours offline, the
// computer asleep, a phone that stops uploading. Real client, real history, fake clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../../main/simulator/index';
import {
  busiestMinute,
  duplicates,
  GRAPH_LAG,
  inventedReadings,
  isData,
  iso,
  missingReadings,
  requestsBetween,
} from './checks';
import { HOUR, MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 10, 24, 8, 0, 0);
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** Every wearer's history is complete and clean over [from, to] (graph points only if asked). */
async function expectComplete(from: number, to: number, include: 'all' | 'graph' = 'all') {
  const { sim, history, patientIds } = rig!;
  for (const id of patientIds) {
    expect(await missingReadings(sim, history, id, { from, to, include })).toEqual([]);
    expect(await inventedReadings(sim, history, id, from - 13 * HOUR, to)).toEqual([]);
    expect(duplicates(await history.range(id, 0, Number.POSITIVE_INFINITY))).toEqual([]);
  }
}

const graphCalls = (from: number) =>
  requestsBetween(rig!.sim, from, Number.POSITIVE_INFINITY).filter((e) => e.endpoint === 'graph');

describe('three hours without LibreLinkUp, then back', () => {
  const outages: Array<[string, Fault, string]> = [
    ['connections dropped', { kind: 'drop' }, 'offline'],
    ['maintenance page', { kind: 'maintenance', httpStatus: 503 }, 'server_unavailable'],
  ];
  it.each(outages)(
    '%s: backs off, then the graph fills the gap in two backfills',
    async (_name, fault, status) => {
      rig = await startRig({ start: START });
      const { sim, core, patientIds } = rig;
      core.start();
      await rig.advance(HOUR);
      const down = sim.control.now();
      const faultId = sim.control.inject(fault);
      await rig.advance(3 * HOUR);

      // While down: the last value is shown as stale, and the client backs off.
      const snapshot = core.snapshot();
      expect(snapshot.session.status).toBe(status);
      expect(snapshot.current?.stale).toBe(true);
      const during = requestsBetween(sim, down, sim.control.now());
      expect(during.length).toBeLessThanOrEqual(25);
      expect(busiestMinute(during)).toBeLessThanOrEqual(4);

      sim.control.remove(faultId);
      const up = sim.control.now();
      // Back within one backoff step (at most 15 min), then the first backfill right away.
      await rig.advance(16 * MINUTE);
      expect(core.snapshot().session.status).toBe('ok');
      expect(core.snapshot().current?.stale).toBe(false);
      const first = graphCalls(up);
      expect(first).toHaveLength(patientIds.length);
      const firstAt = first[0]!.at;
      // What the first graph held is stored; the gap's newest minutes were withheld from it.
      for (const id of patientIds) {
        expect(
          await missingReadings(sim, rig.history, id, {
            from: down,
            to: firstAt - GRAPH_LAG,
            include: 'graph',
          }),
        ).toEqual([]);
      }
      const withheld = await missingReadings(sim, rig.history, patientIds[0]!, {
        from: down,
        to: up,
        asOf: firstAt + GRAPH_LAG,
        include: 'graph',
      });
      expect(withheld.length).toBeGreaterThan(0);
      for (const time of withheld) expect(Date.parse(time)).toBeGreaterThan(firstAt - GRAPH_LAG);

      // The second backfill, once the graph covers the gap's end, brings the rest.
      await rig.advance(30 * MINUTE);
      const second = graphCalls(up).slice(patientIds.length);
      expect(second).toHaveLength(patientIds.length);
      expect(second[0]!.at - firstAt).toBeGreaterThanOrEqual(15 * MINUTE);
      // Live readings until the outage and since the first answer; graph points in between (the
      // gap's minute readings were never shown live, so the 5-minute points are all there is).
      const back = requestsBetween(sim, up, Number.POSITIVE_INFINITY).find(
        (e) => e.endpoint === 'connections' && e.status === 200,
      )!.at;
      await expectComplete(START, down);
      await expectComplete(down, back, 'graph');
      await expectComplete(back, sim.control.now());
      expect(
        (await rig.history.range(patientIds[0]!, down + 5 * MINUTE, up - 5 * MINUTE)).length,
      ).toBeGreaterThanOrEqual(Math.floor((up - down - 10 * MINUTE) / (5 * MINUTE)) - 1);
    },
  );
});

describe('the computer sleeps for three hours', () => {
  it('after resume the gap is backfilled, including its newest minutes', async () => {
    rig = await startRig({ start: START });
    const { sim, core } = rig;
    core.start();
    await rig.advance(HOUR);
    const asleep = sim.control.now();
    // No timers fire while asleep, but the world's time moves on.
    rig.clock.jump(3 * HOUR);
    const awake = sim.control.now();
    core.resume();
    await rig.advance(45 * MINUTE);
    expect(core.snapshot().current?.stale).toBe(false);
    const after = requestsBetween(sim, awake, sim.control.now());
    expect(busiestMinute(after.filter(isData))).toBeLessThanOrEqual(4);
    // Live readings before the sleep and after it, and every graph point of the gap.
    await expectComplete(START, asleep - 2 * MINUTE);
    await expectComplete(asleep, awake, 'graph');
    await expectComplete(awake, sim.control.now());
  });
});

describe('the wearer’s phone stops uploading for 30 minutes', () => {
  it('shows no new value, goes stale after 10 minutes, recovers, and backfills the stall', async () => {
    rig = await startRig({ start: START });
    const { sim, core } = rig;
    core.start();
    await rig.advance(HOUR);
    const focus = core.snapshot().selectedPatientId!;
    const before = core.snapshot().current!;
    const stallFrom = sim.control.now();
    sim.control.stall(focus, stallFrom, 30);

    await rig.advance(9 * MINUTE);
    expect(core.snapshot().current).toMatchObject({ time: before.time, stale: false });
    await rig.advance(2 * MINUTE);
    expect(core.snapshot().current).toMatchObject({ time: before.time, stale: true });
    expect(core.snapshot().current?.tone).toBe('stale');
    expect(core.snapshot().current?.display.arrow).toBe('?');
    await rig.advance(18 * MINUTE);
    // Nothing new was stored for the stalled wearer, and polling stayed calm meanwhile.
    expect(await rig.history.range(focus, stallFrom, sim.control.now())).toEqual([]);
    const during = requestsBetween(sim, stallFrom, sim.control.now());
    expect(during.length).toBeLessThanOrEqual(35);
    expect(busiestMinute(during)).toBeLessThanOrEqual(4);

    await rig.advance(3 * MINUTE);
    const fresh = core.snapshot().current!;
    expect(fresh.stale).toBe(false);
    expect(fresh.time).toBeGreaterThan(stallFrom + 29 * MINUTE);
    await rig.advance(30 * MINUTE);
    // The stall's readings were never live; the graph brought its 5-minute points.
    const stalledPoints = sim.control
      .publishedReadings(focus, stallFrom, stallFrom + 30 * MINUTE, 'all')
      .filter((p) => p.graph && !p.live);
    expect(stalledPoints.length).toBeGreaterThanOrEqual(5);
    // Except the one reading current when uploads resumed: it was the live value only until
    // the next reading, less than a minute, and the poller does not poll faster than once a
    // minute while it waits.
    const resumed = sim.control.publishedReadings(
      focus,
      stallFrom,
      stallFrom + 30 * MINUTE,
      'live',
    );
    const allowed = resumed.map((p) => iso(p.time));
    expect(allowed.length).toBeLessThanOrEqual(1);
    for (const id of rig.patientIds) {
      const missing = await missingReadings(sim, rig.history, id, {
        from: START,
        to: sim.control.now(),
      });
      // The other wearers kept uploading: all of their readings are there.
      expect(missing.filter((time) => id !== focus || !allowed.includes(time))).toEqual([]);
    }
    await expectComplete(stallFrom, sim.control.now(), 'graph');
  });
});

describe('Glucobar was closed for two hours', () => {
  // The graph withholds its newest 15–20 min, so a start backfills twice: at once, and again
  // when the graph covers the minutes just before the start.
  it('after the next start, the graph fills the time it was closed', async () => {
    rig = await startRig({ start: START });
    const { sim } = rig;
    rig.core.start();
    await rig.advance(HOUR);
    const closed = sim.control.now();
    rig.core.stop();
    await rig.advance(2 * HOUR);
    const opened = sim.control.now();
    await rig.restart();
    await rig.advance(45 * MINUTE);
    await expectComplete(closed, opened, 'graph');
  });
});

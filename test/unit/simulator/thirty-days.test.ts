// A month of following the demo account over real HTTP on a fake clock: one login, a fresh
// ticket on every call, sensors changing, a stall that the graph later backfills.
import { afterEach, describe, expect, it } from 'vitest';
import { parseLluTimestamp, type Simulator } from '../../../main/simulator/index';
import { call, login, startAt, START } from './sim-test-kit';

const MINUTE = 60_000;
const DAYS = 30;
const POLL_MS = 60 * MINUTE;
const GRAPH_EVERY_MS = 8 * 60 * MINUTE;

let sim: Simulator;

afterEach(async () => {
  await sim?.close();
});

describe('thirty simulated days', () => {
  it('serves a month of polling with one login and complete graph history', async () => {
    const started = performance.now();
    const setup = await startAt(START, 11);
    sim = setup.sim;
    const { clock } = setup;
    const session = await login(sim);
    const headers = { ...session.headers };
    const ids = sim.control.accounts().find((a) => a.email === sim.demo.email)?.patientIds ?? [];
    const stallAt = START + 10 * 24 * 60 * MINUTE + 7 * MINUTE;
    sim.control.stall(ids[0] as string, stallAt, 20);

    const live = new Map<string, number[]>(ids.map((id) => [id, []]));
    const serials = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
    const graphPoints = new Map<string, Map<number, number>>(ids.map((id) => [id, new Map()]));
    const statuses = new Map<number, number>();
    let nextGraph = clock.now();

    for (let t = START; t <= START + DAYS * 24 * 60 * MINUTE; t += POLL_MS) {
      clock.set(t);
      const answer = await call(sim, 'eu', '/llu/connections', { headers });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      // Keep the newest token, as the client does.
      headers.authorization = `Bearer ${answer.json.ticket.token}`;
      for (const c of answer.json.data) {
        serials.get(c.patientId)?.add(c.sensor.sn);
        const time = parseLluTimestamp(c.glucoseMeasurement.FactoryTimestamp) ?? 0;
        const seen = live.get(c.patientId) ?? [];
        if (seen.at(-1) !== time) seen.push(time);
      }
      if (t >= nextGraph) {
        nextGraph = t + GRAPH_EVERY_MS;
        const graphs = await Promise.all(
          ids.map((id) => call(sim, 'eu', `/llu/connections/${id}/graph`, { headers })),
        );
        graphs.forEach((graph, i) => {
          for (const p of graph.json.data.graphData) {
            const points = graphPoints.get(ids[i] as string);
            points?.set(parseLluTimestamp(p.FactoryTimestamp) ?? 0, p.ValueInMgPerDl);
          }
        });
      }
    }

    expect([...statuses.keys()]).toEqual([200]);
    const counts = sim.control.counts();
    expect(counts.logins.success).toBe(1);
    expect(counts.byEndpoint.login).toBe(2);
    expect(counts.byEndpoint.connections).toBe(DAYS * 24 + 1);

    for (const id of ids) {
      // 14-day sensors: a month sees at least two replacements.
      expect(serials.get(id)?.size).toBeGreaterThanOrEqual(3);
      const published = sim.control.publishedReadings(id, START, clock.now(), 'all');
      const byTime = new Map(published.map((r) => [r.time, r]));
      // Every live value we saw was published live, and time never went backwards.
      const seen = live.get(id) ?? [];
      for (let i = 0; i < seen.length; i += 1) {
        if ((seen[i] as number) >= START) expect(byTime.get(seen[i] as number)?.live).toBe(true);
        if (i > 0) expect(seen[i] as number).toBeGreaterThan(seen[i - 1] as number);
      }
      // Graph fetches every 8 h (12 h window) miss no published graph point.
      const points = graphPoints.get(id) ?? new Map<number, number>();
      const expected = published.filter((r) => r.graph && r.time <= clock.now() - 20 * MINUTE);
      expect(expected.length).toBeGreaterThan(DAYS * 24 * 12 * 0.95);
      for (const reading of expected) expect(points.get(reading.time)).toBe(reading.mgdl);
      // Sensor changes leave gaps of more than the 60-minute warm-up in the published series.
      const live1 = published.filter((r) => r.live).map((r) => r.time);
      const gaps = live1.slice(1).filter((time, i) => time - (live1[i] as number) > 60 * MINUTE);
      expect(gaps.length).toBeGreaterThanOrEqual(2);
    }
    const stalled = sim.control
      .publishedReadings(ids[0] as string, stallAt, stallAt + 20 * MINUTE, 'all')
      .filter((r) => r.graph && !r.live);
    expect(stalled.length).toBeGreaterThanOrEqual(3);
    console.log(
      `30 simulated days took ${Math.round(performance.now() - started)} ms of real time`,
    );
    // Generous: the figure above is the one to watch; a loaded CI machine must not fail here.
  }, 120_000);
});

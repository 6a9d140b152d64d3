// The first new reading after a start, a resume from sleep and the end of an outage, through the
// real client against the simulator over HTTP (issue #14): the shown wearer's next reading is on
// screen within 10 s of the server having it, because the very first answer's own sensor time
// places the next poll. The simulator has a reading from its sensor time on, so the lag is the
// poll that first returned it minus that time. (npm run bench measures the same over many start
// phases and upload delays on the in-memory stand-in.)
import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 10, 24, 8, 0, 0);
const GOAL_MS = 10_000;
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** Newest reading of the shown wearer each successful live poll from `from` on returned. */
function livePolls(r: Rig, from: number): Array<{ at: number; newest: number }> {
  const shown = r.core.snapshot().selectedPatientId!;
  return r.sim.control
    .requests()
    .filter((e) => e.at >= from && e.endpoint === 'connections' && e.status === 200)
    .map((e) => {
      const published = r.sim.control.publishedReadings(shown, e.at - 3 * MINUTE, e.at, 'live');
      return { at: e.at, newest: published.at(-1)!.time };
    });
}

/** Lag of the first reading newer than the one the first live answer from `from` on carried. */
function firstNewLag(r: Rig, from: number): number {
  const polls = livePolls(r, from);
  const next = polls.find((p) => p.newest > polls[0]!.newest);
  expect(next).toBeDefined();
  return next!.at - next!.newest;
}

describe('the first new reading is shown within 10 s of being published', () => {
  it.each([0, 20_000, 45_000])('after a start %i ms into the minute', async (phase) => {
    rig = await startRig({ start: START + phase });
    const startedAt = rig.sim.control.now();
    rig.core.start();
    await rig.advance(3 * MINUTE);
    expect(firstNewLag(rig, startedAt)).toBeLessThanOrEqual(GOAL_MS);
  });

  it('after a resume from two hours asleep', async () => {
    rig = await startRig({ start: START });
    rig.core.start();
    await rig.advance(30 * MINUTE);
    rig.clock.jump(2 * 60 * MINUTE + 25_000); // asleep: no timer fired
    const resumedAt = rig.sim.control.now();
    rig.core.resume();
    await rig.advance(3 * MINUTE);
    expect(firstNewLag(rig, resumedAt)).toBeLessThanOrEqual(GOAL_MS);
  });

  it('after a 40-minute outage ends', async () => {
    rig = await startRig({ start: START });
    rig.core.start();
    await rig.advance(20 * MINUTE);
    const faultId = rig.sim.control.inject({ kind: 'drop' });
    await rig.advance(40 * MINUTE + 35_000);
    rig.sim.control.remove(faultId);
    const upAt = rig.sim.control.now();
    await rig.advance(10 * MINUTE);
    expect(firstNewLag(rig, upAt)).toBeLessThanOrEqual(GOAL_MS);
  });
});

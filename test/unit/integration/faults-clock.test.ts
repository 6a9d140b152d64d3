// Time going wrong around Glucobar: this computer's clock jumping, its time zone changing, and
// the wearers' daylight-saving changes. Sensor time (FactoryTimestamp, UTC) is a reading's
// identity, so none of it may lose, double or misdate a reading.
import { afterEach, describe, expect, it } from 'vitest';
import {
  busiestMinute,
  duplicates,
  inventedReadings,
  isData,
  missingReadings,
  requestsBetween,
  wireOffset,
} from './checks';
import { HOUR, MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 10, 24, 8, 0, 0);
let rig: Rig | undefined;
const savedTz = process.env.TZ;
afterEach(async () => {
  process.env.TZ = savedTz;
  await rig?.close();
  rig = undefined;
});

/** Polls an hour: calm (neither a storm nor a stuck schedule) and connected. */
async function expectCalmPolling(): Promise<{ from: number; to: number }> {
  const { sim, core } = rig!;
  const from = sim.control.now();
  await rig!.advance(HOUR);
  const to = sim.control.now();
  const requests = requestsBetween(sim, from, to).filter(isData);
  expect(busiestMinute(requests)).toBeLessThanOrEqual(4);
  // About one live poll a minute: neither a storm nor a schedule stuck at five minutes.
  const live = requests.filter((e) => e.endpoint === 'connections').length;
  expect(live).toBeGreaterThanOrEqual(55);
  expect(live).toBeLessThanOrEqual(80);
  expect(core.snapshot().session.status).toBe('ok');
  return { from, to };
}

/** Every reading of the span is in the history, none invented, none doubled. */
async function expectCompleteHistory({ from, to }: { from: number; to: number }) {
  const { sim, history, patientIds } = rig!;
  for (const id of patientIds) {
    // The first minutes after a jump may go to relearning when readings arrive.
    expect(await missingReadings(sim, history, id, { from: from + 5 * MINUTE, to })).toEqual([]);
    expect(await inventedReadings(sim, history, id, from, to)).toEqual([]);
    expect(duplicates(await history.range(id, 0, Number.POSITIVE_INFINITY))).toEqual([]);
  }
}

/** Polls an hour and checks it: calm, complete, nothing doubled. */
async function expectCalmHour() {
  await expectCompleteHistory(await expectCalmPolling());
}

describe('this computer’s clock jumps', () => {
  it('two hours ahead, then corrected: polling stays calm and no reading is lost', async () => {
    rig = await startRig({ start: START });
    rig.core.start();
    await rig.advance(HOUR);
    rig.jumpLocalClock(2 * HOUR);
    await expectCalmHour();
    // Every reading now looks two hours old: shown as stale, never as current.
    expect(rig.core.snapshot().current?.stale).toBe(true);
    rig.jumpLocalClock(-2 * HOUR);
    await expectCalmHour();
    expect(rig.core.snapshot().current?.stale).toBe(false);
  });

  it('two hours behind: readings look two hours ahead and wait; polling does not stall, and none is lost once the clock is right', async () => {
    rig = await startRig({ start: START });
    rig.core.start();
    await rig.advance(HOUR);
    rig.jumpLocalClock(-2 * HOUR);
    // Held back, not stored (common/glucose/clock-skew.ts): stored once the clock is right.
    const behind = await expectCalmPolling();
    // Meanwhile no value is current, and every view says why (not "age 0", not a frozen value).
    const snapshot = rig.core.snapshot();
    expect(snapshot.current).toBeNull();
    expect(snapshot.readingProblem?.message).toMatch(/2 h ahead.*clock looks wrong/);
    rig.jumpLocalClock(2 * HOUR);
    await expectCalmHour();
    expect(rig.core.snapshot().current?.stale).toBe(false);
    expect(rig.core.snapshot().readingProblem).toBeNull();
    await expectCompleteHistory(behind);
  });

  it('a backward jump right after a burst of requests does not freeze the schedule', async () => {
    rig = await startRig({ start: START });
    rig.core.start();
    await rig.advance(HOUR);
    // Four refreshes fill the minute's budget; then the clock goes back ten minutes.
    for (let i = 0; i < 4; i += 1) {
      rig.core.refreshNow();
      await rig.advance(6_000);
    }
    rig.jumpLocalClock(-10 * MINUTE);
    const behind = await expectCalmPolling();
    // Ten minutes behind, each reading waits until its time has passed here, then is stored.
    await rig.advance(20 * MINUTE);
    await expectCompleteHistory(behind);
  });
});

describe('the time zone of this computer changes while running', () => {
  it('changes nothing: offsets come from each reading, not from this computer', async () => {
    process.env.TZ = 'Asia/Kolkata';
    const kolkata = new Date(START).getTimezoneOffset();
    rig = await startRig({ start: START });
    const { sim, core, patientIds } = rig;
    core.start();
    await rig.advance(40 * MINUTE);
    const before = core.snapshot();
    process.env.TZ = 'America/Los_Angeles';
    // The switch took effect in this process (else the test would prove nothing).
    expect(new Date(START).getTimezoneOffset()).not.toBe(kolkata);
    await rig.advance(40 * MINUTE);
    const after = core.snapshot();
    expect(after.selectedPatientId).toBe(before.selectedPatientId);
    expect(after.current?.display.unit).toBe(before.current?.display.unit);
    expect(after.current?.stale).toBe(false);
    for (const id of patientIds) {
      const stored = await rig.history.range(id, START, sim.control.now());
      const wire = new Map(
        sim.control.publishedReadings(id, START, sim.control.now(), 'all').map((p) => [p.time, p]),
      );
      expect(stored.length).toBeGreaterThanOrEqual(75);
      // One offset per wearer all along, the one on the wire (Berlin +60, London 0, NY −300).
      for (const r of stored) expect(r.localOffsetMinutes).toBe(wireOffset(wire.get(r.time)!));
      expect(new Set(stored.map((r) => r.localOffsetMinutes)).size).toBe(1);
      expect(duplicates(stored)).toEqual([]);
      expect(
        await missingReadings(sim, rig.history, id, { from: START, to: sim.control.now() }),
      ).toEqual([]);
    }
    const offsets = await Promise.all(
      patientIds.map(async (id) => (await rig!.history.latest(id))?.localOffsetMinutes),
    );
    expect(offsets.sort((a, b) => a! - b!)).toEqual([-300, 0, 60]);
  });
});

describe('daylight-saving changes where the wearers live', () => {
  // An hour each side of the change, and half an hour more for the graph's withheld minutes: the
  // live minutes across it and the graph's backfill of the start are what can go wrong (each
  // simulated hour is a real HTTP poll a minute, so a longer span only costs time).
  const BEFORE = HOUR;
  const SPAN = 2.5 * HOUR;
  const changes: Array<[string, number, Record<string, [number, number]>]> = [
    // Last Sunday of March 2027, 01:00 UTC: Berlin +60 → +120, London 0 → +60.
    [
      'Europe, spring',
      Date.UTC(2027, 2, 28, 1, 0) - BEFORE,
      { Berlin: [60, 120], London: [0, 60] },
    ],
    // Last Sunday of October 2026, 01:00 UTC: back again.
    [
      'Europe, autumn',
      Date.UTC(2026, 9, 25, 1, 0) - BEFORE,
      { Berlin: [120, 60], London: [60, 0] },
    ],
    // First Sunday of November 2026, 06:00 UTC: New York −240 → −300.
    ['United States, autumn', Date.UTC(2026, 10, 1, 6, 0) - BEFORE, { New_York: [-240, -300] }],
  ];
  it.each(changes)(
    '%s: offsets move by an hour, readings neither doubled nor lost',
    async (_n, start, zones) => {
      // This computer sits in a zone whose own changes fall elsewhere: it must not matter.
      process.env.TZ = 'Australia/Sydney';
      rig = await startRig({ start });
      const { sim, core } = rig;
      core.start();
      await rig.advance(SPAN);
      const end = sim.control.now();
      for (const patient of sim.control.patients().filter((p) => rig!.patientIds.includes(p.id))) {
        const stored = await rig.history.range(patient.id, start, end);
        const wire = new Map(
          sim.control.publishedReadings(patient.id, start, end, 'all').map((p) => [p.time, p]),
        );
        for (const r of stored) expect(r.localOffsetMinutes).toBe(wireOffset(wire.get(r.time)!));
        const expected = zones[patient.timeZone.split('/')[1]!];
        const seen = [...new Set(stored.map((r) => r.localOffsetMinutes))];
        if (expected) expect(seen).toEqual(expected);
        else expect(seen).toHaveLength(1);
        expect(duplicates(stored)).toEqual([]);
        expect(
          await missingReadings(sim, rig.history, patient.id, { from: start, to: end }),
        ).toEqual([]);
        // Minute after minute across the change: no hour missing, none twice.
        const live = stored.filter((r) => r.source === 'live');
        expect(live.length).toBeGreaterThan((SPAN / MINUTE) * 0.9);
      }
    },
  );
});

// A sensor change as the app meets it (issue #14): warm-up (stated, unstated, or with no sensor
// shown at all), the Libre 3 serial's extra digit, the person's 14/15-day lifetime, and a
// history that stays continuous and free of duplicates across the seam. Real client, simulator
// (sensor actions), app core, history on disk, fake clock.
import { afterEach, describe, expect, it } from 'vitest';
import { duplicates, inventedReadings, missingReadings } from './checks';
import { DAY, HOUR, MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 11, 7, 8, 0, 0);
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** Starts the app, lets it settle, and returns the shown wearer's id. */
async function running(): Promise<{ rig: Rig; shown: string }> {
  rig = await startRig({ start: START });
  rig.core.start();
  await rig.advance(30 * MINUTE);
  const shown = rig.core.snapshot().selectedPatientId;
  if (shown === null) throw new Error('no wearer shown');
  return { rig, shown };
}

describe('a new sensor', () => {
  it('Libre 3 with an extra serial digit: warm-up countdown, then days left by the setting', async () => {
    const { rig, shown } = await running();
    const at = rig.sim.control.now();
    const raw = rig.sim.control.sensor(shown, { action: 'start', extraSerialDigit: true })!;
    await rig.advance(5 * MINUTE);
    const warming = rig.core.snapshot().sensor!;
    expect(warming.serial).toBe(raw.serial.slice(0, -1));
    expect(warming.state).toBe('warmingUp');
    expect(warming.warmupEndsAt).toBe(Math.floor(at / 1000) * 1000 + HOUR);

    await rig.advance(HOUR);
    expect(rig.core.snapshot().sensor).toMatchObject({ state: 'active', daysLeft: 14 });
    await rig.settings.update({ sensorLifetimeDays: 15 });
    await rig.advance(MINUTE);
    const plus = rig.core.snapshot().sensor!;
    expect(plus).toMatchObject({ state: 'active', daysLeft: 15 });
    expect(plus.endsAt).toBe(Math.floor(at / 1000) * 1000 + 15 * DAY);
  });

  it('warm-up length not stated: warming up with no end time, until the first reading', async () => {
    const { rig, shown } = await running();
    rig.sim.control.sensor(shown, { action: 'start', warmup: 'unstated' });
    await rig.advance(5 * MINUTE);
    expect(rig.core.snapshot().sensor).toMatchObject({ state: 'warmingUp', warmupEndsAt: null });
    await rig.advance(HOUR);
    expect(rig.core.snapshot().sensor).toMatchObject({ state: 'active' });
    expect(rig.core.snapshot().current?.stale).toBe(false);
  });

  it('no sensor shown during warm-up: "unknown", never the old sensor; then the new one', async () => {
    const { rig, shown } = await running();
    const before = rig.core.snapshot().sensor!;
    const raw = rig.sim.control.sensor(shown, { action: 'start', warmup: 'hidden' })!;
    await rig.advance(5 * MINUTE);
    const during = rig.core.snapshot();
    expect(during.sensor?.serial ?? null).not.toBe(before.serial);
    expect(during.sensor?.state ?? 'unknown').toBe('unknown');
    await rig.advance(HOUR);
    const after = rig.core.snapshot().sensor!;
    expect(after.serial).toBe(raw.serial);
    expect(after.state).toBe('active');
  });
});

describe('history across a sensor change', () => {
  it.each(['stated', 'hidden'] as const)(
    'warm-up %s: every published reading stored once, none invented',
    async (warmup) => {
      const { rig, shown } = await running();
      await rig.advance(HOUR);
      rig.sim.control.sensor(shown, { action: 'start', warmup });
      await rig.advance(3 * HOUR);
      const now = rig.sim.control.now();
      expect(await missingReadings(rig.sim, rig.history, shown, { from: START, to: now })).toEqual(
        [],
      );
      expect(await inventedReadings(rig.sim, rig.history, shown, START - 13 * HOUR, now)).toEqual(
        [],
      );
      expect(duplicates(await rig.history.range(shown, 0, Number.POSITIVE_INFINITY))).toEqual([]);
    },
  );
});

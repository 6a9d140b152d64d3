// The announced LibreLinkUp version is an (advanced) setting: a change applies to the running
// app's next request, without a restart or a new Glucobar (issue #14). Real client, simulator.
import { afterEach, expect, it } from 'vitest';
import { requestsBetween } from './checks';
import { MINUTE, startRig, type Rig } from './rig';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

it('a new version in the settings is what the next requests announce', async () => {
  rig = await startRig({ start: Date.UTC(2026, 11, 7, 8, 0, 0) });
  rig.core.start();
  await rig.advance(5 * MINUTE);
  const before = requestsBetween(rig.sim, 0, Number.POSITIVE_INFINITY);
  expect(new Set(before.map((e) => e.version))).toEqual(new Set(['4.17.0']));

  await rig.settings.update({ lluClientVersion: '4.18.2' });
  const changed = rig.sim.control.now();
  await rig.advance(5 * MINUTE);
  const after = requestsBetween(rig.sim, changed, Number.POSITIVE_INFINITY);
  expect(after.length).toBeGreaterThan(0);
  expect(new Set(after.map((e) => e.version))).toEqual(new Set(['4.18.2']));
  expect(rig.core.snapshot().session.status).toBe('ok');
});

it('a malformed version never reaches the settings', async () => {
  rig = await startRig({ start: Date.UTC(2026, 11, 7, 8, 0, 0) });
  await expect(rig.settings.update({ lluClientVersion: '4.18\r\nX-Evil: 1' })).rejects.toThrow(
    /lluClientVersion: must be a version like 4\.17\.0/,
  );
  expect(rig.settings.get().lluClientVersion).toBe('4.17.0');
});

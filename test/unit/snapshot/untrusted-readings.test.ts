// The snapshot every view renders (tray, popover, CLI) never presents a reading dated in the
// future or with an impossible value as current, never lets one hide newer readings, and says
// why in the tray tooltip, the screen-reader label and the notices.
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../../main/core/glucose/reading';
import { buildSnapshot } from '../../../main/core/snapshot/build-snapshot';
import { okSession } from '../../../main/core/snapshot/session-view';
import { trayViewFor } from '../../../main/core/tray/tray-view';
import { readingsFrom, startState, testPatient } from '../../helpers/core-state';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const at = readingsFrom(NOW);
const ada = (latest: Reading | null) =>
  testPatient('p', latest, { connectionId: 'c', firstName: 'Ada' });
const snapshotOf = (latest: Reading | null, recent: Reading[] = []) =>
  buildSnapshot({
    ...startState(NOW),
    session: okSession,
    patients: [ada(latest)],
    recent: { p: recent },
    lastUpdatedAt: NOW,
  });

describe('snapshot: readings that cannot be trusted', () => {
  it('a reading dated an hour ahead is not current; tooltip, label and notices say the clock looks wrong', () => {
    const snap = snapshotOf(at(60, 250));
    expect(snap.current).toBeNull();
    expect(snap.readingProblem).toMatchObject({ kind: 'futureDated' });
    expect(snap.readingProblem?.message).toMatch(/60 min ahead.*looks wrong/);
    expect(snap.notices).toEqual([snap.readingProblem?.message]);
    expect(snap.patients[0]).toMatchObject({ value: null, stale: true, tone: 'none' });
    const { model } = trayViewFor(snap, 'win32');
    expect(model.tooltip).toMatch(/looks wrong/);
    expect(model.tooltip).not.toMatch(/250/);
    expect(model.accessibleLabel).toMatch(/looks wrong/);
    expect(trayViewFor(snap, 'darwin').model.title).not.toMatch(/250/);
  });

  it('a reading from the future never hides newer trusted ones (the freeze)', () => {
    const snap = snapshotOf(at(-1, 112), [at(-3, 108), at(60, 250), at(-1, 112)]);
    expect(snap.current).toMatchObject({ mgdl: 112, stale: false, deltaMgdl: null });
    expect(snap.readingProblem).toBeNull();
  });

  it('an impossible value is never shown as a number; the last trusted value is, while fresh', () => {
    const alone = snapshotOf(at(-1, 65_536));
    expect(alone.current).toBeNull();
    expect(alone.readingProblem?.kind).toBe('implausible');
    expect(JSON.stringify(alone)).not.toMatch(/65536/);
    const afterGood = snapshotOf(at(-1, 0), [at(-2, 118)]);
    expect(afterGood.current).toMatchObject({ mgdl: 118, stale: false });
    expect(afterGood.readingProblem?.kind).toBe('implausible');
    const { model } = trayViewFor(afterGood, 'linux');
    expect(model.tooltip).toMatch(/^Ada Example\n118 mg\/dL/);
    expect(model.tooltip).toMatch(/not a value a sensor can measure/);
  });

  it('HI and LO from the sensor stay what they are', () => {
    expect(snapshotOf(at(-1, 501, { sensorLimit: 'HI' })).current?.display.value).toBe('HI');
    expect(snapshotOf(at(-1, 39, { sensorLimit: 'LO' })).current?.display.value).toBe('LO');
  });
});

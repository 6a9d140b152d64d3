import { describe, expect, it } from 'vitest';
import { presentServed } from '../../../main/core/endpoint/present';
import { trayModelFor } from '../../../main/core/tray/tray-view';
import type { Snapshot } from '../../../common/snapshot';
import { MINUTE, snapshotAt } from './fixtures';

const titleOf = (snapshot: Snapshot) => trayModelFor(snapshot, 'darwin').title;

const t0 = Date.UTC(2026, 11, 7, 12, 0, 0);

describe('a served snapshot as of the moment it is shown', () => {
  it('keeps a current value current, with its age brought up to date', () => {
    const served = snapshotAt(t0, t0 - 2 * MINUTE);
    const shown = presentServed(served, { now: t0 + 30_000, staleAfterMinutes: 10, units: null });
    expect(shown.current).toMatchObject({ stale: false, ageSeconds: 150, trend: 'rising' });
    expect(shown.current?.display.age).toBe('2 min ago');
    expect(titleOf(shown)).toBe(titleOf(served));
  });

  it('never presents as current a value that went stale after the server built the snapshot', () => {
    // Built 9 min 55 s after the reading: current then. Shown 10 s later: past the 10-minute limit.
    const served = snapshotAt(t0, t0 - 9 * MINUTE - 55_000);
    expect(served.current?.stale).toBe(false);
    const shown = presentServed(served, { now: t0 + 10_000, staleAfterMinutes: 10, units: null });
    expect(shown.current).toMatchObject({ stale: true, trend: 'unknown', deltaMgdl: null });
    expect(shown.current?.tone).toBe('stale');
    expect(titleOf(shown)).not.toBe(titleOf(served));
  });

  it('a reading stale at the server stays stale', () => {
    const served = snapshotAt(t0, t0 - 40 * MINUTE);
    const shown = presentServed(served, { now: t0 + 1000, staleAfterMinutes: 10, units: null });
    expect(shown.current?.stale).toBe(true);
  });

  it('shows the value in the unit the command asked for', () => {
    const served = snapshotAt(t0, t0 - MINUTE);
    const shown = presentServed(served, { now: t0, staleAfterMinutes: 10, units: 'mmol/L' });
    expect(shown.current?.display).toMatchObject({ value: '7.3', unit: 'mmol/L' });
  });
});

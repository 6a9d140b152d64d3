// The app's core (also `status --watch` and the daemon) with readings that cannot be trusted:
// one dated an hour ahead never freezes the view, never hides the readings after it and never
// alarms; a value no sensor can report is never shown, never alarmed on, and reported once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../common/snapshot';
import { createAppCore } from '../../../main/core/app-core';
import type { Reading } from '../../../main/core/glucose/reading';
import { openHistory } from '../../../main/core/history';
import type { LluClient, Patient } from '../../../main/core/llu/types';
import { settledAdvance, testCoreOptions, type SentNotification } from '../../helpers/core-rig';
import { createFakeClock } from '../../helpers/fake-clock';
import { recordingLogger } from '../history/helpers';
import { createFakeLlu } from '../poller/fake-llu';

const MINUTE = 60_000;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `replace(reading, now)` swaps live and graph readings while it returns one. */
function setup(replace: (latest: Reading, now: number) => Reading | null) {
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, patients: ['p1'] });
  const client: LluClient = {
    ...llu.client,
    async connections() {
      const list = await llu.client.connections();
      return list.map((p): Patient => {
        const swapped = p.latest ? replace(p.latest, clock.now()) : null;
        return swapped ? { ...p, latest: swapped } : p;
      });
    },
    async graph(patientId) {
      const result = await llu.client.graph(patientId);
      const readings = result.readings.map((r) => replace(r, clock.now()) ?? r);
      return { ...result, readings };
    },
    logbook: async () => [],
    acceptTerms: async () => 'accepted' as const,
    setCredentials: () => {},
    signOut: async () => {},
    loginCount: () => 0,
  };
  const dir = mkdtempSync(join(tmpdir(), 'glucobar-core-untrusted-'));
  dirs.push(dir);
  const logger = recordingLogger();
  const history = openHistory({ dir, clock, logger });
  const notifications: SentNotification[] = [];
  const core = createAppCore(testCoreOptions({ clock, logger, client, history }, notifications));
  const snapshots: Snapshot[] = [];
  core.onSnapshot((s) => snapshots.push(s));
  const advance = settledAdvance(clock, core);
  return { clock, advance, core, snapshots, notifications, logger, history };
}

describe('app core: readings that cannot be trusted', () => {
  it('one reading dated an hour ahead never freezes the view nor alarms', async () => {
    let future: Reading | null = null;
    const t = setup((latest, now) => {
      if (now < createFakeClock().now() + 10 * MINUTE || future !== null) return null;
      future = { ...latest, time: now + 60 * MINUTE, mgdl: 390 };
      return future;
    });
    t.core.start();
    await t.advance(10 * MINUTE);
    // The next poll brings the future reading; the polls after it bring normal ones again.
    await t.advance(2 * MINUTE);
    expect(future).not.toBeNull();
    expect(t.snapshots.some((s) => s.current?.mgdl === 390)).toBe(false);
    await t.advance(10 * MINUTE);
    const now = t.core.snapshot();
    expect(now.current).toMatchObject({ stale: false });
    expect(now.current!.mgdl).toBeLessThan(130);
    expect(now.current!.ageSeconds).toBeLessThan(120);
    // The recent readings were not cut to the window before the future one: deltas still work.
    expect(now.current!.deltaMgdl).not.toBeNull();
    expect(t.notifications).toEqual([]);
    expect(await t.history.range('p1', 0, Infinity)).not.toContainEqual(
      expect.objectContaining({ mgdl: 390 }),
    );
    t.core.stop();
  });

  it('0 mg/dL without LO is never shown nor alarmed on, and is reported once', async () => {
    const t = setup((latest, now) =>
      now >= createFakeClock().now() + 10 * MINUTE ? { ...latest, mgdl: 0 } : null,
    );
    t.core.start();
    await t.advance(14 * MINUTE);
    const snap = t.core.snapshot();
    expect(snap.readingProblem?.kind).toBe('implausible');
    // The last trusted value, from before the bad ones began (and it is going stale).
    expect(snap.current!.mgdl).toBeGreaterThan(40);
    expect(snap.current!.time).toBeLessThan(createFakeClock().now() + 10 * MINUTE);
    expect(t.snapshots.some((s) => s.current?.mgdl === 0)).toBe(false);
    expect(t.notifications).toEqual([]);
    // Five polls brought five different bad readings: each reported once, not once per poll.
    const refused = t.logger.entries.filter((e) => e.message === 'history: reading refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(6);
    t.core.stop();
  });

  it('from the very first poll, 0 mg/dL without LO raises no alarm and shows no value', async () => {
    const t = setup((latest) => ({ ...latest, mgdl: 0 }));
    t.core.start();
    await t.advance(10 * MINUTE);
    const snap = t.core.snapshot();
    expect(snap.current).toBeNull();
    expect(snap.readingProblem?.kind).toBe('implausible');
    expect(t.notifications).toEqual([]);
    t.core.stop();
  });
});

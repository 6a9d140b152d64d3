// The small parts the core's shell (app-core.ts) is built from, each on its own: when the popover
// asks for a backfill, which snapshots wake the views, the tick timer, and saving readings.
import { describe, expect, it } from 'vitest';
import { BACKFILL_WHEN_OLDER_MS, backfillTarget } from '../../../main/core/app/backfill';
import { createReadingSaver } from '../../../main/core/app/reading-saver';
import { createSnapshotFeed } from '../../../main/core/app/snapshot-feed';
import type { CoreState } from '../../../main/core/app/state';
import { createTicker } from '../../../main/core/app/ticker';
import type { HistoryStore } from '../../../main/core/history';
import { silentLogger } from '../../../main/core/ports';
import { MINUTE, readingsFrom, startState, testPatient } from '../../helpers/core-state';
import { createFakeClock } from '../../helpers/fake-clock';
import { makeSnapshot } from '../../helpers/snapshots';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const reading = readingsFrom(T0);

/** Following `p` (the first person), whose recent readings are at the given minutes. */
function following(minutes: number[]): CoreState {
  const recent = minutes.map((m) => reading(m, 120));
  return {
    ...startState(T0),
    patients: [testPatient('p', recent.at(-1) ?? null)],
    recent: { p: recent },
  };
}

describe('backfillTarget', () => {
  it('asks for the shown person once their newest reading is older than 10 minutes', () => {
    const state = following([0, 1, 2]);
    const newest = T0 + 2 * MINUTE;
    expect(backfillTarget(state, newest + BACKFILL_WHEN_OLDER_MS)).toBeNull();
    expect(backfillTarget(state, newest + BACKFILL_WHEN_OLDER_MS + 1)).toBe('p');
  });

  it('asks when there is no recent reading, and not when nobody is followed', () => {
    expect(backfillTarget(following([]), T0)).toBe('p');
    expect(backfillTarget(startState(T0), T0 + 60 * MINUTE)).toBeNull();
  });
});

describe('snapshot feed', () => {
  it('wakes the views for a new picture, not for the same picture built later', () => {
    const feed = createSnapshotFeed();
    const seen: number[] = [];
    feed.subscribe((s) => seen.push(s.generatedAt));
    feed.publish(makeSnapshot({ generatedAt: 1 }));
    feed.publish(makeSnapshot({ generatedAt: 2 }));
    feed.publish(makeSnapshot({ generatedAt: 3, privacy: true }));
    expect(seen).toEqual([1, 3]);
    // The latest is always the newest build, so its age is right even when nobody was woken.
    feed.publish(makeSnapshot({ generatedAt: 4, privacy: true }));
    expect(feed.latest()?.generatedAt).toBe(4);
  });

  it('stops telling a listener that unsubscribed', () => {
    const feed = createSnapshotFeed();
    const seen: boolean[] = [];
    const unsubscribe = feed.subscribe((s) => seen.push(s.privacy));
    feed.publish(makeSnapshot({ privacy: false }));
    unsubscribe();
    feed.publish(makeSnapshot({ privacy: true }));
    expect(seen).toEqual([false]);
  });
});

describe('ticker', () => {
  it('ticks every interval until stopped; a second start does not double it', async () => {
    const clock = createFakeClock(T0);
    let ticks = 0;
    const ticker = createTicker(clock, 15_000, () => ticks++);
    ticker.start();
    ticker.start();
    await clock.advance(45_000);
    expect(ticks).toBe(3);
    ticker.stop();
    await clock.advance(45_000);
    expect(ticks).toBe(3);
  });
});

describe('reading saver', () => {
  it('reports a failed write as false instead of throwing, so the value is still shown', async () => {
    const saved: string[] = [];
    const history = {
      append: async (patientId: string) => {
        if (patientId === 'full-disk') throw new Error('ENOSPC');
        saved.push(patientId);
        return [];
      },
    } as unknown as HistoryStore;
    const save = createReadingSaver(history, silentLogger);
    expect(await save('p', [reading(0, 100)])).toBe(true);
    expect(await save('full-disk', [reading(0, 100)])).toBe(false);
    expect(saved).toEqual(['p']);
  });
});

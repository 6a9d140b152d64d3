import { describe, expect, it } from 'vitest';
import { createBackfillQueue } from '../../../main/core/polling/backfill-queue';
import { lowestOffset } from '../../../main/core/polling/alignment';
import { createRequestBudget } from '../../../main/core/polling/request-budget';
import type { Clock } from '../../../main/core/ports';

function settableClock(start: number) {
  let now = start;
  const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
  return { clock, set: (t: number) => void (now = t) };
}

describe('request budget', () => {
  it('holds at most N requests in any window', () => {
    const { clock, set } = settableClock(1_000_000);
    const budget = createRequestBudget(clock, 4);
    for (let i = 0; i < 4; i += 1) expect(budget.tryTake()).toBe(true);
    expect(budget.tryTake()).toBe(false);
    expect(budget.nextFreeAt()).toBe(1_060_000);
    set(1_060_000);
    expect(budget.tryTake()).toBe(true);
  });

  it('after the clock goes back, a full minute frees within one minute, not the jump', () => {
    const { clock, set } = settableClock(10_000_000);
    const budget = createRequestBudget(clock, 4);
    for (let i = 0; i < 4; i += 1) budget.tryTake();
    const back = 10_000_000 - 2 * 3_600_000;
    set(back);
    // The four requests now count as made just now: still no fifth...
    expect(budget.tryTake()).toBe(false);
    expect(budget.used()).toBe(4);
    // ...but a minute later the budget is free again.
    expect(budget.nextFreeAt()).toBe(back + 60_000);
    set(back + 60_000);
    expect(budget.tryTake()).toBe(true);
    expect(budget.used()).toBe(1);
  });
});

describe('request budget: slots kept in reserve', () => {
  it('says when a slot frees with others still free after it, and when the last was taken', () => {
    let now = 0;
    const clock = { now: () => now, setTimeout: () => 0 as never, clearTimeout: () => {} };
    const budget = createRequestBudget(clock, 4);
    expect(budget.lastTakenAt()).toBe(Number.NEGATIVE_INFINITY);
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      budget.tryTake();
    }
    expect(budget.lastTakenAt()).toBe(20_000);
    expect(budget.nextFreeAt()).toBe(20_000);
    // One left: keeping it means waiting for the oldest to leave the window.
    expect(budget.nextFreeAt(1)).toBe(60_000);
    expect(budget.nextFreeAt(2)).toBe(70_000);
    // A reserve never asks for more than the window holds.
    expect(budget.nextFreeAt(9)).toBe(80_000);
  });
});

describe('backfill queue', () => {
  it('shifts every entry when the clock jumped', () => {
    const queue = createBackfillQueue();
    queue.add('a', 1_000);
    queue.add('b', 500_000);
    queue.shift(-400);
    expect(queue.nextAt()).toBe(600);
    expect(queue.takeDue(600)).toBe('a');
    expect(queue.nextAt()).toBe(499_600);
  });
});

describe('lowestOffset', () => {
  it('assumes no delay while the offsets are mostly first-sighting upper bounds', () => {
    expect(lowestOffset([])).toBe(0);
    expect(lowestOffset([26_000, 4_000])).toBe(0);
    expect(lowestOffset([-240_000, 3_000])).toBe(-240_000);
  });

  it('uses the lowest learned offset once enough are known', () => {
    expect(lowestOffset([5_000, 3_000, 4_000, 6_000])).toBe(3_000);
  });
});

import { describe, expect, it } from 'vitest';
import {
  initialAlignment,
  nextLivePollAt,
  observe,
  type AlignmentState,
} from '../../../main/core/polling/alignment';

const MINUTE = 60_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * One wearer whose readings (sensor time k·60 s) reach the server `delayMs` later; every poll
 * goes exactly where the alignment says. Returns each reading's lag (caught − arrived) and the
 * polls spent, minute by minute.
 */
function follow(delayMs: number, minutes: number) {
  let state: AlignmentState = initialAlignment;
  let now = 17_000;
  const lags: number[] = [];
  let polls = 0;
  let last = -Infinity;
  while (now < minutes * MINUTE) {
    polls += 1;
    const newest = Math.floor((now - delayMs) / MINUTE) * MINUTE;
    if (newest > last && last !== -Infinity) lags.push(now - (newest + delayMs));
    last = Math.max(last, newest);
    state = observe(state, newest, now);
    now = nextLivePollAt(state, now);
  }
  return { lags, polls, state };
}

describe('learning when readings arrive', () => {
  it.each([0, 5_000, 12_000, 25_000])(
    'closes in on an upload delay of %i ms: the learned offset is within 1 s after 30 minutes',
    (delayMs) => {
      const { lags, state } = follow(delayMs, 90);
      const late = lags.slice(30);
      // Placed 1 s after the bracket's top; a miss of the rare probe is retried there too.
      expect(median(late)).toBeLessThanOrEqual(1_500);
      expect(Math.max(...late)).toBeLessThanOrEqual(3_500);
      // The bracket holds the true offset and is no wider than a reading's jitter allowance.
      expect(state.bracket.low).toBeLessThan(delayMs);
      expect(state.bracket.high).toBeGreaterThanOrEqual(delayMs);
      expect(state.bracket.high! - delayMs).toBeLessThanOrEqual(1_000);
    },
  );

  it('spends no more than one poll a minute plus the rare probe once learned', () => {
    const { polls } = follow(5_000, 24 * 60);
    expect(polls / 24).toBeLessThanOrEqual(62);
  });

  it('follows a delay that grows, and one that shrinks', () => {
    let state: AlignmentState = initialAlignment;
    let now = 17_000;
    const lags: number[] = [];
    let last = -Infinity;
    for (let i = 0; i < 400 && now < 360 * MINUTE; i += 1) {
      const delayMs = now < 120 * MINUTE ? 5_000 : now < 240 * MINUTE ? 15_000 : 3_000;
      const newest = Math.floor((now - delayMs) / MINUTE) * MINUTE;
      if (newest > last && last !== -Infinity && now > 330 * MINUTE)
        lags.push(now - (newest + delayMs));
      last = Math.max(last, newest);
      state = observe(state, newest, now);
      now = nextLivePollAt(state, now);
    }
    expect(lags.length).toBeGreaterThan(0);
    expect(median(lags)).toBeLessThanOrEqual(1_500);
  });
});

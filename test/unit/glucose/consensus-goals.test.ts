import { describe, expect, it } from 'vitest';
import { CONSENSUS_GOALS, goalMet } from '../../../common/glucose/consensus-goals';

const goal = (id: string) => CONSENSUS_GOALS.find((g) => g.id === id)!;
const tir = { veryLow: 0.005, low: 0.03, inRange: 0.75, high: 0.17, veryHigh: 0.045 };

describe('consensus goals (Battelino 2019)', () => {
  it('counts below 70 with below 54, and above 180 with above 250', () => {
    expect(CONSENSUS_GOALS.map((g) => g.id)).toEqual([
      'inRange',
      'below70',
      'below54',
      'above180',
      'above250',
    ]);
    const shares = CONSENSUS_GOALS.map((g) => g.share(tir));
    [0.75, 0.035, 0.005, 0.215, 0.045].forEach((v, i) => expect(shares[i]).toBeCloseTo(v, 12));
  });

  it('uses strict limits, judged at the 0.1 % a view shows', () => {
    expect(goalMet(goal('inRange'), 0.701)).toBe(true);
    expect(goalMet(goal('inRange'), 0.7)).toBe(false);
    // 70.04 % is shown as 70.0 %: not over 70.
    expect(goalMet(goal('inRange'), 0.7004)).toBe(false);
    expect(goalMet(goal('below70'), 0.039)).toBe(true);
    // 3.96 % is shown as 4.0 %: not under 4.
    expect(goalMet(goal('below70'), 0.0396)).toBe(false);
    expect(goalMet(goal('below54'), 0.01)).toBe(false);
    expect(goalMet(goal('above180'), 0.249)).toBe(true);
    expect(goalMet(goal('above250'), 0.05)).toBe(false);
  });
});

/**
 * The international consensus goals for time in ranges and variability (Battelino et al.,
 * "Clinical Targets for Continuous Glucose Monitoring Data Interpretation", Diabetes Care 2019):
 * the numbers a clinician compares a report with. Time below 70 includes below 54, and time above
 * 180 includes above 250, as the consensus counts them.
 */
import type { TimeInRange } from '../history';

export type GoalId = 'inRange' | 'below70' | 'below54' | 'above180' | 'above250';

export interface ConsensusGoal {
  id: GoalId;
  /** The range in mg/dL, for views to put in the reader's unit. */
  fromMgdl: number | null;
  toMgdl: number | null;
  /** 'over': the share should be above `limit`; 'under': below it. */
  direction: 'over' | 'under';
  /** Fraction 0..1. */
  limit: number;
  share(tir: TimeInRange): number;
}

export const CONSENSUS_GOALS: readonly ConsensusGoal[] = [
  {
    id: 'inRange',
    fromMgdl: 70,
    toMgdl: 180,
    direction: 'over',
    limit: 0.7,
    share: (t) => t.inRange,
  },
  {
    id: 'below70',
    fromMgdl: null,
    toMgdl: 70,
    direction: 'under',
    limit: 0.04,
    share: (t) => t.low + t.veryLow,
  },
  {
    id: 'below54',
    fromMgdl: null,
    toMgdl: 54,
    direction: 'under',
    limit: 0.01,
    share: (t) => t.veryLow,
  },
  {
    id: 'above180',
    fromMgdl: 180,
    toMgdl: null,
    direction: 'under',
    limit: 0.25,
    share: (t) => t.high + t.veryHigh,
  },
  {
    id: 'above250',
    fromMgdl: 250,
    toMgdl: null,
    direction: 'under',
    limit: 0.05,
    share: (t) => t.veryHigh,
  },
];

/**
 * GMI is only meaningful over at least 14 days with at least 70 % sensor wear (Battelino et al.,
 * "Clinical Targets for CGM Data Interpretation", Diabetes Care 2019): over less it estimates
 * an A1C from too little. Here so the report can say the same numbers main decides by.
 */
export const GMI_MIN_DAYS = 14;
export const GMI_MIN_COVERAGE = 0.7;

/** Glucose variability: a coefficient of variation of 36 % or less is considered stable. */
export const CV_GOAL_PERCENT = 36;

/**
 * Whether `share` meets the goal. The consensus limits are strict ("> 70 %", "< 4 %"), and the
 * share is judged as views show it, to 0.1 %: "4.0 %" must never be called under 4 %.
 */
export function goalMet(goal: ConsensusGoal, share: number): boolean {
  const shown = Math.round(share * 1000) / 1000;
  return goal.direction === 'over' ? shown > goal.limit : shown < goal.limit;
}

// Time in ranges next to the international consensus goals, each with a mark that does not rely
// on colour (✓ met, ✗ not met, and the words for screen readers).
import type { TimeInRange, Units } from '../../preload/contract';
import { CONSENSUS_GOALS, goalMet, type ConsensusGoal } from '../../common/glucose/consensus-goals';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { formatGlucose } from '../../common/glucose/units';
import { h, setText } from '../dom';
import type { Component } from './component';

export interface GoalsProps {
  tir: TimeInRange;
  unit: Units;
  privacy: boolean;
}

/** "In range 70–180", "Below 54", "Above 250" in the reader's unit. */
export function goalRangeWords(goal: ConsensusGoal, unit: Units): string {
  const v = (mgdl: number) => formatGlucose(mgdl, unit);
  if (goal.fromMgdl !== null && goal.toMgdl !== null)
    return `In range ${v(goal.fromMgdl)}–${v(goal.toMgdl)}`;
  return goal.toMgdl !== null ? `Below ${v(goal.toMgdl)}` : `Above ${v(goal.fromMgdl ?? 0)}`;
}

/** "over 70%", "under 4%". */
export function goalWords(goal: ConsensusGoal): string {
  return `${goal.direction} ${Math.round(goal.limit * 100)}%`;
}

/** A share to 0.1 % (the precision goals are judged at), e.g. "3.9%". */
export function formatShare(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export function createReportGoals(props: GoalsProps): Component<GoalsProps> {
  const cells = CONSENSUS_GOALS.map((goal) => ({
    goal,
    range: h('th', { scope: 'row', 'data-fixed': '' }),
    share: h('td', { class: 'goal-share' }),
    target: h('td', { class: 'goal-target', 'data-fixed': '' }, goalWords(goal)),
    verdict: h('td', { class: 'goal-verdict' }),
  }));
  // data-fixed: the same for everyone (ranges, goals), so privacy mode need not hide it.
  const caption = h('caption', { 'data-fixed': '' });
  const el = h(
    'table',
    { class: 'goals' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Range'),
        h('th', { scope: 'col' }, 'Time'),
        h('th', { scope: 'col' }, 'Goal'),
        h('th', { scope: 'col' }, 'Met'),
      ),
    ),
    h(
      'tbody',
      {},
      ...cells.map((c) =>
        h('tr', { 'data-goal': c.goal.id }, c.range, c.share, c.target, c.verdict),
      ),
    ),
  );

  function update(next: GoalsProps): void {
    setText(caption, `Time in ranges and consensus goals (${next.unit})`);
    for (const c of cells) {
      const share = c.goal.share(next.tir);
      const met = goalMet(c.goal, share);
      setText(c.range, goalRangeWords(c.goal, next.unit));
      setText(c.share, next.privacy ? PRIVACY_MASK : formatShare(share));
      // The mark is drawn; the words are what a screen reader says.
      c.verdict.replaceChildren(
        ...(next.privacy
          ? [PRIVACY_MASK]
          : [
              h('span', { 'aria-hidden': 'true' }, met ? '✓' : '✗'),
              h('span', { class: 'sr-only' }, met ? 'met' : 'not met'),
            ]),
      );
      if (next.privacy) delete c.verdict.dataset['met'];
      else c.verdict.dataset['met'] = String(met);
    }
  }

  update(props);
  return { el, update, destroy: () => el.remove() };
}

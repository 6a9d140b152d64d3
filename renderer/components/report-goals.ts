// Time in ranges next to the international consensus goals, each with a mark that does not rely
// on colour (✓ met, ✗ not met, and the words for screen readers).
import type { TimeInRange, Units } from '../../preload/contract';
import { CONSENSUS_GOALS, goalMet, type ConsensusGoal } from '../../common/glucose/consensus-goals';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { formatGlucose } from '../../common/glucose/units';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { UiLocale } from '../../common/i18n/languages';
import { h, setText } from '../dom';
import { formatPercent } from '../format/percent';
import type { Component } from './component';

export interface GoalsProps {
  tir: TimeInRange;
  unit: Units;
  privacy: boolean;
}

/** "In range 70–180", "Below 54", "Above 250" in the reader's unit. */
export function goalRangeWords(
  goal: ConsensusGoal,
  unit: Units,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const v = (mgdl: number) => formatGlucose(mgdl, unit, i18n.locale);
  if (goal.fromMgdl !== null && goal.toMgdl !== null)
    return i18n.t('report.inRange', { from: v(goal.fromMgdl), to: v(goal.toMgdl) });
  return goal.toMgdl !== null
    ? i18n.t('report.below', { value: v(goal.toMgdl) })
    : i18n.t('report.above', { value: v(goal.fromMgdl ?? 0) });
}

/** "over 70%", "under 4%". */
export function goalWords(goal: ConsensusGoal, i18n: Translator = ENGLISH_WORDS): string {
  const percent = formatPercent(Math.round(goal.limit * 100), 0, i18n.locale);
  return i18n.t(goal.direction === 'over' ? 'report.goalOver' : 'report.goalUnder', { percent });
}

/** A share to 0.1 % (the precision goals are judged at), e.g. "3.9%" ("3,9 %" in German). */
export function formatShare(share: number, locale?: UiLocale): string {
  return formatPercent(Math.round(share * 1000) / 10, 1, locale);
}

export function createReportGoals(props: GoalsProps, i18n: Translator): Component<GoalsProps> {
  const cells = CONSENSUS_GOALS.map((goal) => ({
    goal,
    range: h('th', { scope: 'row', 'data-fixed': '' }),
    share: h('td', { class: 'goal-share' }),
    target: h('td', { class: 'goal-target', 'data-fixed': '' }, goalWords(goal, i18n)),
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
        h('th', { scope: 'col' }, i18n.t('report.colRange')),
        h('th', { scope: 'col' }, i18n.t('report.colTime')),
        h('th', { scope: 'col' }, i18n.t('report.colGoal')),
        h('th', { scope: 'col' }, i18n.t('report.colMet')),
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
    setText(caption, i18n.t('report.goalsCaption', { unit: next.unit }));
    for (const c of cells) {
      const share = c.goal.share(next.tir);
      const met = goalMet(c.goal, share);
      setText(c.range, goalRangeWords(c.goal, next.unit, i18n));
      setText(c.share, next.privacy ? PRIVACY_MASK : formatShare(share, i18n.locale));
      // The mark is drawn; the words are what a screen reader says.
      c.verdict.replaceChildren(
        ...(next.privacy
          ? [PRIVACY_MASK]
          : [
              h('span', { 'aria-hidden': 'true' }, met ? '✓' : '✗'),
              h('span', { class: 'sr-only' }, i18n.t(met ? 'report.met' : 'report.notMet')),
            ]),
      );
      if (next.privacy) delete c.verdict.dataset['met'];
      else c.verdict.dataset['met'] = String(met);
    }
  }

  update(props);
  return { el, update, destroy: () => el.remove() };
}

// Small multiples: one small graph per day of the report (LibreView's "daily glucose profiles"),
// seven to a row at the popover's width. Each day: its date, its curve against the consensus
// band with lows drawn over it, its share in range and low episodes, and a sentence for screen
// readers. Inline SVG per day (no Chart.js instance), so 90 days stay cheap; colours come from
// the stylesheet, so the scheme can change without a redraw. Main computes the days.
import type { Units } from '../../preload/contract';
import type { DayProfile, Report } from '../../common/history';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { DAY_HEIGHT, daySparkline } from '../charts/day-sparkline';
import { h, setText } from '../dom';
import type { Component } from './component';
import type { Translator } from '../../common/i18n/translate';
import { dayDetails, dayLabel, dayName, dayShare, daysCaption } from './report-days-words';

export interface ReportDaysProps {
  days: Report['days'];
  unit: Units;
  privacy: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Performance marks around a redraw of the days, for `npm run bench` (test/bench/days-paint.ts). */
export const MARK_DAYS_START = 'glucobar:days-start';
export const MARK_DAYS_DRAWN = 'glucobar:days-drawn';
export const MARK_DAYS_PAINTED = 'glucobar:days-painted';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

/** The drawing of one day; in privacy mode only the empty frame (no curve, no band position). */
function dayGraph(day: DayProfile, privacy: boolean): SVGSVGElement {
  const shape = daySparkline(privacy ? [] : day.mgdl);
  const width = day.mgdl.length || 1;
  const graph = svg('svg', {
    class: 'day-graph',
    viewBox: `0 0 ${width} ${DAY_HEIGHT}`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  if (privacy) return graph;
  graph.append(
    svg('rect', { class: 'day-band', x: 0, width, y: shape.band.y, height: shape.band.height }),
  );
  // Strokes keep their width however the cell stretches the drawing.
  const line = (cls: string, d: string) =>
    svg('path', { class: cls, d, 'vector-effect': 'non-scaling-stroke' });
  if (shape.curve) graph.append(line('day-curve', shape.curve));
  if (shape.lows) graph.append(line('day-lows', shape.lows));
  return graph;
}

function dayCell(day: DayProfile, unit: Units, privacy: boolean, i18n: Translator): HTMLLIElement {
  const lows =
    !privacy && day.lows > 0
      ? h('span', { class: 'day-lows-count', 'aria-hidden': 'true' }, `▼${day.lows}`)
      : null;
  return h(
    'li',
    // Which days have no data is the wearer's data too: not marked in privacy mode.
    { class: 'day', 'data-date': day.date, 'data-empty': !privacy && day.readings === 0 },
    h(
      'span',
      { class: 'day-date', 'aria-hidden': 'true', 'data-time': '' },
      dayLabel(day.date, i18n),
    ),
    dayGraph(day, privacy),
    h(
      'span',
      { class: 'day-figures', 'aria-hidden': 'true' },
      h('span', { class: 'day-share' }, privacy ? PRIVACY_MASK : dayShare(day, i18n)),
      lows,
    ),
    h(
      'span',
      { class: 'sr-only' },
      h('span', { 'data-time': '' }, dayName(day.date, i18n)),
      dayDetails(day, unit, privacy, i18n),
    ),
  );
}

export function createReportDays(
  props: ReportDaysProps,
  i18n: Translator,
): Component<ReportDaysProps> {
  const caption = h('p', { class: 'days-caption', 'data-fixed': '' });
  const grid = h('ol', { class: 'day-grid' });
  const el = h(
    'section',
    { class: 'days', 'aria-labelledby': 'days-title' },
    h('h3', { id: 'days-title', 'data-fixed': '' }, i18n.t('report.daysTitle')),
    caption,
    grid,
  );
  let drawn: ReportDaysProps | null = null;

  function update(next: ReportDaysProps): void {
    setText(caption, daysCaption(next.unit, i18n));
    if (
      drawn &&
      drawn.days === next.days &&
      drawn.unit === next.unit &&
      drawn.privacy === next.privacy
    )
      return;
    drawn = next;
    performance.mark(MARK_DAYS_START);
    grid.replaceChildren(
      ...next.days.profiles.map((day) => dayCell(day, next.unit, next.privacy, i18n)),
    );
    performance.mark(MARK_DAYS_DRAWN, { detail: { days: next.days.profiles.length } });
    requestAnimationFrame(() => performance.mark(MARK_DAYS_PAINTED));
  }

  update(props);
  return { el, update, destroy: () => el.remove() };
}

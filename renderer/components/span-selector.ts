// 3 h … 90 d. Buttons with aria-pressed: one press, one request, no hidden state.
import { CHART_SPANS, type ChartSpan } from '../../preload/contract';
import { h } from '../dom';
import { spanWords } from '../format/time';
import type { Component } from './component';

const SHORT: Record<ChartSpan, string> = {
  '3h': '3 h',
  '6h': '6 h',
  '12h': '12 h',
  '24h': '24 h',
  '7d': '7 d',
  '14d': '14 d',
  '30d': '30 d',
  '90d': '90 d',
};

export function createSpanSelector(
  span: ChartSpan,
  choose: (span: ChartSpan) => void,
  label = 'Time span',
): Component<ChartSpan> {
  const buttons = CHART_SPANS.map((value) => {
    const button = h(
      'button',
      { type: 'button', 'data-span': value, 'aria-label': spanWords(value) },
      SHORT[value],
    );
    button.addEventListener('click', () => choose(value));
    return button;
  });
  const el = h('div', { class: 'spans', role: 'group', 'aria-label': label }, ...buttons);
  function update(next: ChartSpan): void {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(button.dataset['span'] === next));
    }
  }
  update(span);
  return { el, update, destroy: () => el.remove() };
}

// 3 h … 90 d as one ARIA radio group: one tab stop, arrow keys move the choice (and choose, as
// native radios do), Home/End jump to the ends. Each choice's name is its visible text, so
// speech control ("click 24 h") finds it.
// Pattern: WAI-ARIA APG "Radio Group" (https://www.w3.org/WAI/ARIA/apg/patterns/radio/).
import { CHART_SPANS, type ChartSpan } from '../../preload/contract';
import { h } from '../dom';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

/** The key's move within `count` choices from `index`, or null for a key the group ignores. */
export function radioStep(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function createSpanSelector<S extends ChartSpan = ChartSpan>(
  span: S,
  choose: (span: S) => void,
  label: string,
  i18n: Translator,
  spans: readonly S[] = CHART_SPANS as readonly S[],
): Component<S> {
  const buttons = spans.map((value) =>
    h('button', { type: 'button', role: 'radio', 'data-span': value }, i18n.t(`span.${value}`)),
  );
  const el = h('div', { class: 'spans', role: 'radiogroup', 'aria-label': label }, ...buttons);
  el.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-span]');
    if (target) choose(target.dataset['span'] as S);
  });
  el.addEventListener('keydown', (event) => {
    const index = buttons.findIndex((b) => b === document.activeElement);
    const next = index < 0 ? null : radioStep(event.key, index, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next]!.focus();
    choose(buttons[next]!.dataset['span'] as S);
  });
  function update(next: S): void {
    for (const button of buttons) {
      const checked = button.dataset['span'] === next;
      button.setAttribute('aria-checked', String(checked));
      button.tabIndex = checked ? 0 : -1;
    }
  }
  update(span);
  return { el, update, destroy: () => el.remove() };
}

// Now / Report / Settings as an ARIA tablist: Tab reaches the selected tab, arrows move along.
import { h, setText } from '../dom';
import type { View } from '../state/app-state';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

const TABS: readonly View[] = ['now', 'report', 'settings'];

/** The chosen view, and the words of the current language (the bar outlives a language change). */
export interface TabBarProps {
  view: View;
  i18n: Translator;
}

export function tabId(view: View): string {
  return `tab-${view}`;
}

export function createTabBar(
  props: TabBarProps,
  choose: (view: View) => void,
): Component<TabBarProps> {
  const buttons = TABS.map((value) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: tabId(value),
      'aria-controls': 'panel',
      'data-view': value,
    }),
  );
  const el = h('div', { class: 'tabs', role: 'tablist' }, ...buttons);
  el.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-view]');
    if (target) choose(target.dataset['view'] as View);
  });
  el.addEventListener('keydown', (event) => {
    const index = buttons.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = buttons[(index + step + buttons.length) % buttons.length]!;
    next.focus();
    choose(next.dataset['view'] as View);
  });
  function update({ view: next, i18n }: TabBarProps): void {
    el.setAttribute('aria-label', i18n.t('tabs.label'));
    for (const button of buttons) {
      setText(button, i18n.t(`tabs.${button.dataset['view'] as View}`));
      const selected = button.dataset['view'] === next;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }
  update(props);
  return { el, update, destroy: () => el.remove() };
}

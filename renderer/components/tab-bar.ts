// Now / Report / Settings as an ARIA tablist: Tab reaches the selected tab, arrows move along.
import { h } from '../dom';
import type { View } from '../state/app-state';
import type { Component } from './component';

const TABS: ReadonlyArray<[View, string]> = [
  ['now', 'Now'],
  ['report', 'Report'],
  ['settings', 'Settings'],
];

export function tabId(view: View): string {
  return `tab-${view}`;
}

export function createTabBar(view: View, choose: (view: View) => void): Component<View> {
  const buttons = TABS.map(([value, label]) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: tabId(value),
        'aria-controls': 'panel',
        'data-view': value,
      },
      label,
    ),
  );
  const el = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' }, ...buttons);
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
  function update(next: View): void {
    for (const button of buttons) {
      const selected = button.dataset['view'] === next;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
  }
  update(view);
  return { el, update, destroy: () => el.remove() };
}

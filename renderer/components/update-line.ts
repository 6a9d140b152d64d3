// The updater's offer under the header: "Update ready — restart" as a button, or the sentence
// alone while a restart waits for an alarm to end. What to do is main's decision (acceptUpdate);
// the page only says what the snapshot offers.
import type { Snapshot } from '../../preload/contract';
import { h, setText } from '../dom';
import type { Actions } from '../state/app-state';

export function createUpdateLine(actions: Pick<Actions, 'acceptUpdate'>): {
  el: HTMLElement;
  update(snapshot: Snapshot | null): void;
} {
  const button = h('button', { type: 'button', class: 'update-action' });
  button.addEventListener('click', () => actions.acceptUpdate());
  const text = h('span', { class: 'update-text' });
  const el = h('p', { class: 'update-line', role: 'note' }, text, button);
  function update(snapshot: Snapshot | null): void {
    const offer = snapshot?.update ?? null;
    el.hidden = offer === null;
    if (!offer) return;
    const actionable = offer.action !== null;
    button.hidden = !actionable;
    text.hidden = actionable;
    setText(actionable ? button : text, offer.label);
  }
  return { el, update };
}

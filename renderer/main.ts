// Popover entry. Vanilla TypeScript with tiny components (mount → update → destroy, see
// components/component.ts) instead of a framework: the popover is a dozen small pieces fed by
// one immutable Snapshot, so a framework would add more bundle and indirection than it removes,
// and plain DOM keeps every text write a textContent write under the strict CSP.
//
// Fixed size: the window is 380 × 560 CSS px (styles.css `--popover-*`); every common state is
// laid out to fit it without scrolling.
import { getApi } from './api';
import { createApp } from './app';
import { h } from './dom';

const root = document.getElementById('app');
const api = getApi();
if (root && api) createApp(root, api);
else if (root) {
  root.replaceChildren(
    h(
      'p',
      { class: 'message' },
      'Glucobar’s bridge is missing: this page only works inside the app.',
    ),
  );
}

// A banner above the (last known) data for states that do not block the view: offline, server
// trouble, rate limits, blocks, outdated client, unreadable answers, missing patient.
import type { Snapshot } from '../../preload/contract';
import { h, setText } from '../dom';
import type { Actions } from '../state/app-state';
import { sessionCopy } from '../state/session-copy';
import type { Component } from './component';
import type { Translator } from '../../common/i18n/translate';
import { actionButtons } from './session-actions';
import { createRetryLine } from './ticker';

export function createStatusBanner(
  snapshot: Snapshot,
  actions: Actions,
  i18n: Translator,
): Component<Snapshot> {
  const copy = sessionCopy(snapshot);
  const detail = h('p', { class: 'detail' });
  const retry = copy.retry === 'time' ? createRetryLine(snapshot.session.retryAt, i18n) : null;
  const el = h(
    'section',
    {
      class: `status-banner status-${snapshot.session.status}`,
      role: 'status',
      'aria-labelledby': 'status-title',
    },
    h('h2', { id: 'status-title' }, copy.title),
    ...copy.body.map((text) => h('p', {}, text)),
    detail,
    retry?.el,
    copy.actions.length ? actionButtons(copy.actions, actions, i18n) : null,
  );
  let shownRetryAt = snapshot.session.retryAt;

  function update(next: Snapshot): void {
    const message = next.session.message.trim();
    setText(detail, message);
    detail.hidden = message === '' || copy.body.includes(message);
    if (retry && next.session.retryAt !== shownRetryAt) {
      shownRetryAt = next.session.retryAt;
      retry.update(shownRetryAt);
    }
  }

  update(snapshot);
  return {
    el,
    update,
    destroy() {
      retry?.destroy();
      el.remove();
    },
  };
}

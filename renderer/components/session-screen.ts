// A full-popover screen for a session state that blocks data: plain words, the next step,
// and (for sign-in states) the form. One instance per status; app.ts swaps it on change.
import type { Snapshot } from '../../preload/contract';
import { h, setText } from '../dom';
import type { Actions } from '../state/app-state';
import { sessionCopy } from '../state/session-copy';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';
import { actionButtons } from './session-actions';
import { createSignInForm } from './sign-in-form';
import { createCountdown } from './ticker';

export function createSessionScreen(
  snapshot: Snapshot,
  actions: Actions,
  i18n: Translator,
): Component<Snapshot> {
  const copy = sessionCopy(snapshot);
  const detail = h('p', { class: 'detail' });
  const parts: Component<never>[] = [];
  const lockedUntil = copy.retry === 'countdown' ? snapshot.session.retryAt : null;
  const form = copy.actions.includes('signIn')
    ? createSignInForm(
        actions.signIn,
        { enabled: lockedUntil === null || lockedUntil <= Date.now() },
        i18n,
      )
    : null;
  const countdown =
    lockedUntil !== null
      ? createCountdown(
          lockedUntil,
          {
            running: (countdown, time) => i18n.t('session.lockRunning', { countdown, time }),
            done: i18n.t('session.lockDone'),
          },
          i18n,
          () => form?.update({ enabled: true }),
        )
      : null;
  if (form) parts.push(form);
  if (countdown) parts.push(countdown);

  const el = h(
    'section',
    {
      class: `session-screen status-${snapshot.session.status}`,
      'aria-labelledby': 'session-title',
    },
    h(
      'h2',
      // Without a form, focus starts on the title so a screen reader reads the screen from it.
      { id: 'session-title', class: 'screen-title', tabindex: -1, 'data-autofocus': !form },
      copy.title,
    ),
    ...copy.body.map((text) => h('p', {}, text)),
    detail,
    countdown?.el,
    form?.el,
    actionButtons(copy.actions, actions, i18n),
  );

  let shownRetryAt = lockedUntil;
  function update(next: Snapshot): void {
    const message = next.session.message.trim();
    setText(detail, message);
    detail.hidden = message === '' || copy.body.includes(message);
    const retryAt = next.session.retryAt;
    if (countdown && retryAt !== null && retryAt !== shownRetryAt) {
      shownRetryAt = retryAt;
      form?.update({ enabled: retryAt <= Date.now() });
      countdown.update(retryAt);
    }
  }

  update(snapshot);
  return {
    el,
    update,
    destroy() {
      for (const part of parts) part.destroy();
      el.remove();
    },
  };
}

// The buttons a session state offers as its next step, shared by full screens and banners.
import { h, setText } from '../dom';
import type { SessionAction } from '../state/session-copy';
import type { Actions } from '../state/app-state';

import type { Translator } from '../../common/i18n/translate';

const LABELS = {
  acceptTerms: 'actions.acceptTerms',
  help: 'actions.help',
  retry: 'actions.retry',
  project: 'actions.project',
} as const satisfies Record<Exclude<SessionAction, 'signIn'>, string>;

/** A row of buttons for every action except sign-in (which is a form). */
export function actionButtons(
  list: readonly SessionAction[],
  actions: Actions,
  i18n: Translator,
): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const buttons = list
    .filter((a): a is Exclude<SessionAction, 'signIn'> => a !== 'signIn')
    .map((action) => {
      const button = h(
        'button',
        { type: 'button', class: action === 'acceptTerms' ? 'primary' : 'secondary' },
        i18n.t(LABELS[action]),
      );
      button.addEventListener('click', () => {
        if (action === 'help') actions.openLink('llu-help');
        else if (action === 'project') actions.openLink('project');
        else if (action === 'retry') {
          actions.refreshNow();
          setText(status, i18n.t('actions.retrying'));
        } else {
          button.disabled = true;
          setText(status, i18n.t('actions.accepting'));
          void actions.acceptTerms().then((result) => {
            button.disabled = false;
            setText(status, result.ok ? i18n.t('actions.accepted') : result.message);
          });
        }
      });
      return button;
    });
  return h('div', { class: 'actions' }, ...buttons, buttons.length ? status : null);
}

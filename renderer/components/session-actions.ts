// The buttons a session state offers as its next step, shared by full screens and banners.
import { h, setText } from '../dom';
import type { SessionAction } from '../state/session-copy';
import type { Actions } from '../state/app-state';

const LABELS: Record<Exclude<SessionAction, 'signIn'>, string> = {
  acceptTerms: 'Accept and continue',
  help: 'Open LibreLinkUp help',
  retry: 'Try again',
  project: 'Check for updates',
};

/** A row of buttons for every action except sign-in (which is a form). */
export function actionButtons(list: readonly SessionAction[], actions: Actions): HTMLElement {
  const status = h('p', { class: 'form-status', role: 'status' });
  const buttons = list
    .filter((a): a is Exclude<SessionAction, 'signIn'> => a !== 'signIn')
    .map((action) => {
      const button = h(
        'button',
        { type: 'button', class: action === 'acceptTerms' ? 'primary' : 'secondary' },
        LABELS[action],
      );
      button.addEventListener('click', () => {
        if (action === 'help') actions.openLink('llu-help');
        else if (action === 'project') actions.openLink('project');
        else if (action === 'retry') {
          actions.refreshNow();
          setText(status, 'Trying again…');
        } else {
          button.disabled = true;
          setText(status, 'Accepting…');
          void actions.acceptTerms().then((result) => {
            button.disabled = false;
            setText(status, result.ok ? 'Accepted. Connecting…' : result.message);
          });
        }
      });
      return button;
    });
  return h('div', { class: 'actions' }, ...buttons, buttons.length ? status : null);
}

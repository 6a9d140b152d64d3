// Email + password for the LibreLinkUp follower account. The password goes to main once and
// the field is emptied immediately; nothing here can read a stored password back.
import type { Credentials, Result } from '../../preload/contract';
import { h, setText } from '../dom';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

export interface SignInProps {
  /** False while a lockout runs: the form stays visible but cannot be sent. */
  enabled: boolean;
}

export function createSignInForm(
  signIn: (credentials: Credentials) => Promise<Result<null>>,
  props: SignInProps,
  i18n: Translator,
): Component<SignInProps> {
  const email = h('input', {
    id: 'sign-in-email',
    type: 'email',
    'data-autofocus': true,
    name: 'email',
    autocomplete: 'username',
    spellcheck: 'false',
    required: true,
  });
  const password = h('input', {
    id: 'sign-in-password',
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, i18n.t('signIn.submit'));
  const status = h('p', { class: 'form-status', role: 'status' });
  let enabled = props.enabled;
  let pending = false;

  const el = h(
    'form',
    { class: 'sign-in', novalidate: true, 'aria-label': i18n.t('signIn.label') },
    h('label', { for: 'sign-in-email' }, i18n.t('signIn.email')),
    email,
    h('label', { for: 'sign-in-password' }, i18n.t('signIn.password')),
    password,
    submit,
    status,
  );

  function refresh(): void {
    submit.disabled = !enabled || pending;
    email.disabled = !enabled;
    password.disabled = !enabled;
    setText(submit, i18n.t(pending ? 'signIn.pending' : 'signIn.submit'));
  }

  el.addEventListener('submit', (event) => {
    // The CSP forbids form submission anyway (form-action 'none'); the form only gathers input.
    event.preventDefault();
    if (!enabled || pending) return;
    const credentials = { email: email.value.trim(), password: password.value };
    if (!credentials.email || !credentials.password) {
      setText(status, i18n.t('signIn.missing'));
      (credentials.email ? password : email).focus();
      return;
    }
    password.value = '';
    pending = true;
    setText(status, '');
    refresh();
    void signIn(credentials).then((result) => {
      pending = false;
      refresh();
      setText(status, result.ok ? i18n.t('signIn.done') : result.message);
      if (!result.ok) password.focus();
    });
  });

  refresh();
  return {
    el,
    update(next) {
      enabled = next.enabled;
      refresh();
    },
    destroy: () => el.remove(),
  };
}

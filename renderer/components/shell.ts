// The popover frame: top bar (who is shown, tabs), demo banner, and one content area that holds
// either a session screen or the chosen view. Content is rebuilt only when its kind changes,
// so typing in a form or focus on the chart survives every snapshot push.
import { h, setText } from '../dom';
import type { Actions, AppState } from '../state/app-state';
import { isGate } from '../state/session-copy';
import type { Component } from './component';
import { createNowView } from './now-view';
import { createReportView } from './report-view';
import { createSessionScreen } from './session-screen';
import { createSettingsView } from './settings-view';
import { createTabBar, tabId } from './tab-bar';
import { primaryUnit } from '../../common/glucose/units';
import { maskedName } from '../../common/glucose/privacy';
import { createUpdateLine } from './update-line';
import { ENGLISH, type UiLocale } from '../../common/i18n/languages';
import { ENGLISH_CATALOG, translator, type Translator } from '../../common/i18n/translate';

/**
 * The words of the snapshot's locale, once its catalog is loaded (app.ts); until then, and
 * before the first snapshot, English words with the locale's number and time formats.
 */
export function translatorFor(state: Pick<AppState, 'snapshot' | 'catalog'>): Translator {
  const locale: UiLocale = state.snapshot?.locale ?? ENGLISH;
  const loaded = state.catalog?.language === locale.language ? state.catalog.messages : null;
  return translator(locale, loaded ?? ENGLISH_CATALOG);
}

function localeKey(state: AppState): string {
  const t = translatorFor(state);
  const loaded = state.catalog?.language === t.locale.language;
  return `${t.locale.language}|${t.locale.tag}|${loaded ? 'loaded' : 'english'}`;
}

type Content = Component<AppState>;

/** Which content the state calls for; a change of kind rebuilds the content. */
export function contentKind(state: AppState): string {
  if (!state.snapshot) return state.bridgeError ? 'bridge-error' : 'loading';
  // A new language rebuilds the content: components write their words once, when built.
  const locale = localeKey(state);
  if (isGate(state.snapshot)) return `gate:${state.snapshot.session.status}:${locale}`;
  return `view:${state.view}:${locale}`;
}

function message(text: string): Content {
  const el = h('section', { class: 'message' }, h('p', {}, text));
  return { el, update: () => undefined, destroy: () => el.remove() };
}

/** Adapts a component taking narrower props to the shell's state-driven slot. */
function adapt<P>(part: Component<P>, select: (s: AppState) => P): Content {
  return { el: part.el, update: (s) => part.update(select(s)), destroy: () => part.destroy() };
}

function buildContent(kind: string, state: AppState, actions: Actions): Content {
  const snapshot = state.snapshot;
  const i18n = translatorFor(state);
  if (!snapshot) {
    return message(
      state.bridgeError
        ? i18n.t('shell.bridgeError', { message: state.bridgeError })
        : i18n.t('shell.loading'),
    );
  }
  if (kind.startsWith('gate:')) {
    return adapt(createSessionScreen(snapshot, actions, i18n), (s) => s.snapshot ?? snapshot);
  }
  const nowProps = (s: AppState) => ({
    snapshot: s.snapshot ?? snapshot,
    settings: s.settings,
    span: s.span,
    history: s.history,
  });
  const reportProps = (s: AppState) => ({
    report: s.report,
    span: s.reportSpan,
    unit: primaryUnit((s.snapshot ?? snapshot).units),
    targets: (s.snapshot ?? snapshot).targets,
    privacy: (s.snapshot ?? snapshot).privacy,
  });
  if (state.view === 'report')
    return adapt(createReportView(reportProps(state), actions, i18n), reportProps);
  if (state.view === 'settings')
    return adapt(createSettingsView(state.settings, actions, i18n), (s) => s.settings);
  return adapt(createNowView(nowProps(state), actions, i18n), nowProps);
}

function nothingFocused(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * Focuses where a screen starts: its visible `[data-autofocus]` element (the reading, the e-mail
 * field, a screen's title), else its first control.
 */
export function focusStart(container: HTMLElement): void {
  const visible = (el: HTMLElement) => el.checkVisibility();
  const marked = [...container.querySelectorAll<HTMLElement>('[data-autofocus]')].find(visible);
  const first = [
    ...container.querySelectorAll<HTMLElement>('input, button, select, [tabindex="0"]'),
  ].find(visible);
  (marked ?? first)?.focus();
}

export function createShell(
  root: HTMLElement,
  state: AppState,
  actions: Actions,
): Component<AppState> {
  // The page's one h1: whose data this is (or the app's name on sign-in and other gate screens).
  const who = h('h1', { class: 'who' });
  const tabs = createTabBar({ view: state.view, i18n: translatorFor(state) }, actions.setView);
  // A visible way out besides Escape and clicking elsewhere: on Wayland the window may never
  // get focus, so it never blurs and never hides by itself.
  const close = h('button', { type: 'button', class: 'close' }, '×');
  close.addEventListener('click', () => actions.hide());
  const demo = h('p', { class: 'demo-banner', role: 'note' });
  // A list inside a status region (a list itself may not take role=status).
  const notices = h('ul', { class: 'notices' });
  const noticeRegion = h('div', { role: 'status' }, notices);
  const updateLine = createUpdateLine(actions);
  const panel = h('div', { id: 'panel', class: 'panel' });
  const el = h(
    'div',
    { class: 'app' },
    h('header', { class: 'topbar' }, who, h('div', { class: 'topbar-end' }, tabs.el, close)),
    demo,
    noticeRegion,
    updateLine.el,
    panel,
  );
  root.replaceChildren(el);
  let kind = '';
  let content: Content | null = null;

  function update(next: AppState): void {
    const snapshot = next.snapshot;
    const gate = !snapshot || isGate(snapshot);
    const i18n = translatorFor(next);
    // Screen readers pick their voice by the page's language (and axe checks it is set).
    document.documentElement.lang = i18n.locale.tag;
    close.setAttribute('aria-label', i18n.t('shell.close'));
    setText(demo, i18n.t('shell.demo'));
    setText(
      who,
      snapshot?.patientName && !gate
        ? maskedName(snapshot.patientName, snapshot.privacy)
        : 'Glucobar',
    );
    tabs.el.hidden = gate;
    tabs.update({ view: next.view, i18n });
    demo.hidden = !snapshot?.demo;
    const texts = snapshot?.notices ?? [];
    if (
      notices.childElementCount !== texts.length ||
      texts.some((t, i) => notices.children[i]?.textContent !== t)
    ) {
      notices.replaceChildren(...texts.map((text) => h('li', {}, text)));
    }
    notices.hidden = texts.length === 0;
    updateLine.update(snapshot);
    const nextKind = contentKind(next);
    if (nextKind !== kind || !content) {
      const hadFocus = panel.contains(document.activeElement) || nothingFocused();
      content?.destroy();
      kind = nextKind;
      content = buildContent(kind, next, actions);
      panel.replaceChildren(content.el);
      if (gate) {
        panel.removeAttribute('role');
        panel.removeAttribute('aria-labelledby');
      } else {
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tabId(next.view));
      }
      // Keep keyboard users inside the popover when the screen under them is replaced, and give
      // a freshly opened popover a starting point.
      if (hadFocus) focusStart(content.el);
    }
    content.update(next);
  }

  // The popover window is hidden and shown, not reloaded: each time it gains focus with
  // nothing focused inside (a fresh open), focus goes to where the screen starts.
  const onWindowFocus = () => {
    if (nothingFocused()) focusStart(panel);
  };
  window.addEventListener('focus', onWindowFocus);
  update(state);
  return {
    el,
    update,
    destroy() {
      window.removeEventListener('focus', onWindowFocus);
      content?.destroy();
      el.remove();
    },
  };
}

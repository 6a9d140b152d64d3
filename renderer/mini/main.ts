// Mini view entry: renders every Snapshot main pushes, and fetches the last hours' readings for
// the curve when the shown reading changes. It may call only getSnapshot, getHistory and
// closeMiniView: main refuses anything else from this page (main/ipc/sender-policy.ts).
// Words follow the snapshot's locale as in the popover (components/shell.ts translatorFor): the
// language's catalog chunk is loaded on demand, English words with the locale's formats until.
import type { HistorySeries, RendererApi, Snapshot } from '../../preload/contract';
import { ENGLISH, type Language } from '../../common/i18n/languages';
import {
  ENGLISH_CATALOG,
  ENGLISH_WORDS,
  translator,
  type Catalog,
  type Translator,
} from '../../common/i18n/translate';
import { getApi } from '../api';
import { h } from '../dom';
import { loadCatalog } from '../i18n/load-catalog';
import { createMiniView } from './mini-view';

export function startMiniView(root: HTMLElement, api: RendererApi): void {
  const view = createMiniView(() => void api.closeMiniView());
  root.replaceChildren(view.el);
  let snapshot: Snapshot | null = null;
  let series: HistorySeries | null = null;
  let asked = 0;
  let catalog: { language: Language; messages: Catalog } = {
    language: 'en',
    messages: ENGLISH_CATALOG,
  };
  let wantedLanguage: Language = 'en';

  function words(next: Snapshot): Translator {
    const locale = next.locale ?? ENGLISH;
    const loaded = catalog.language === locale.language ? catalog.messages : ENGLISH_CATALOG;
    return translator(locale, loaded);
  }

  function draw(): void {
    if (!snapshot) return;
    const i18n = words(snapshot);
    // Screen readers pick their voice by the page's language.
    document.documentElement.lang = i18n.locale.tag;
    view.update(snapshot, series, i18n);
  }

  /** Loads the snapshot's catalog once per language; a late answer for another one is dropped. */
  function loadLanguage(next: Snapshot): void {
    const language = next.locale?.language ?? 'en';
    if (language === wantedLanguage) return;
    wantedLanguage = language;
    void loadCatalog(language).then(
      (messages) => {
        if (language !== wantedLanguage) return;
        catalog = { language, messages };
        draw();
      },
      // A chunk that cannot load leaves the words English (with the locale's formats).
      () => undefined,
    );
  }

  // Asked again with every snapshot: a graph that arrives later (a backfill after start or an
  // outage) changes the curve without changing the newest reading. The 3-hour query is small,
  // and snapshots come a few times a minute. Only the newest answer is drawn.
  async function refreshCurve(next: Snapshot): Promise<void> {
    const patientId = next.selectedPatientId;
    // Privacy mode draws no curve, so it asks for none either.
    if (patientId === null || next.privacy) return;
    const ticket = ++asked;
    const answer = await api.getHistory({ patientId, span: '3h' });
    if (answer.ok && snapshot && ticket === asked) {
      series = answer.value;
      draw();
    }
  }

  function render(next: Snapshot): void {
    snapshot = next;
    loadLanguage(next);
    draw();
    void refreshCurve(next);
  }

  api.onSnapshot(render);
  void api.getSnapshot().then((answer) => {
    if (answer.ok && snapshot === null) render(answer.value);
  });
}

const root = document.getElementById('mini');
const api = getApi();
if (root && api) startMiniView(root, api);
// Without the bridge there is no snapshot, so no locale: English, like the popover's start.
else if (root)
  root.replaceChildren(h('p', { class: 'note' }, ENGLISH_WORDS.t('miniPage.bridgeMissing')));

// Wires the bridge to the store and the store to the shell. All bridge calls start here, so the
// components stay free of IPC and every call gets the same failure handling.
import type { ChartSpan, RendererApi, Result, Snapshot } from '../preload/contract';
import { alarmName } from './components/alarm-strip';
import { createShell, translatorFor } from './components/shell';
import { ENGLISH_WORDS, type Translator } from '../common/i18n/translate';
import { h } from './dom';
import { isLongSpan } from './format/time';
import { INITIAL_STATE, type Actions, type AppState } from './state/app-state';
import { isGate } from './state/session-copy';
import { createStore } from './state/store';
import { loadCatalog } from './i18n/load-catalog';

/** Marks read back by test/bench/chart-paint.ts: data handed over → chart painted. */
export const MARK_HISTORY_RECEIVED = 'glucobar:history-received';

/** A bridge call that never rejects: a thrown IPC error becomes an error result. */
async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    return {
      ok: false,
      code: 'internal',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * What to announce of the alarms that were not active before (`spoken` remembers each episode by
 * kind and start, and forgets ended ones), or '' when nothing new. In privacy mode only the kind
 * is named, as in the alarm strip.
 */
export function newAlarmsText(
  snapshot: Snapshot | null,
  spoken: Set<string>,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const alarms = snapshot && !isGate(snapshot) ? snapshot.alarms : [];
  const keys = alarms.map((alarm) => `${alarm.kind}@${alarm.since}`);
  for (const key of [...spoken]) if (!keys.includes(key)) spoken.delete(key);
  const fresh = alarms.filter((_, i) => !spoken.has(keys[i]!));
  for (const key of keys) spoken.add(key);
  return fresh
    .map((alarm) =>
      snapshot?.privacy
        ? `${alarmName(alarm.kind, true, i18n)}.`
        : `${alarmName(alarm.kind, false, i18n)}: ${alarm.message}`,
    )
    .join(' ');
}

/** Whose data the views show: main resolves the selection; the renderer never guesses. */
function patientOf(snapshot: Snapshot | null): string | null {
  if (!snapshot || isGate(snapshot)) return null;
  return snapshot.selectedPatientId;
}

export function createApp(root: HTMLElement, api: RendererApi): { destroy(): void } {
  const store = createStore<AppState>(INITIAL_STATE);
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', id: 'announce' });
  // Alarms interrupt whatever a screen reader is saying (role=alert is assertive), on any tab.
  const alert = h('div', { class: 'sr-only', role: 'alert', id: 'alarm-announce' });
  const spokenAlarms = new Set<string>();
  const fetched = { history: '', report: '' };
  const reportKey = (state: AppState) => `${patientOf(state.snapshot)}|${state.reportSpan}`;

  const actions: Actions = {
    setView: (view) => store.set({ view }),
    setSpan: (span: ChartSpan) => {
      if (span === store.get().span) fetched.history = fetched.report = '';
      store.set({ span });
    },
    setReportSpan: (reportSpan) => {
      if (reportSpan === store.get().reportSpan) fetched.report = '';
      store.set({ reportSpan });
    },
    signIn: (credentials) => call(() => api.signIn(credentials)),
    acceptTerms: () => call(() => api.acceptTerms()),
    refreshNow: () => void call(() => api.refreshNow()),
    openLink: (id) => void call(() => api.openLink({ id })),
    selectPatient: (patientId) => void call(() => api.selectPatient({ patientId })),
    updateSettings: async (patch) => {
      const result = await call(() => api.updateSettings(patch));
      if (result.ok) store.set({ settings: result.value });
      return result;
    },
    signOut: () => void call(() => api.signOut()),
    quit: () => void call(() => api.quit()),
    acceptUpdate: () => void call(() => api.acceptUpdate()),
    hide: () => void call(() => api.hidePopover()),
    snooze: (kind, minutes) => void call(() => api.snoozeAlarm({ kind, minutes })),
    exportCsv: () => {
      // Export is offered on the report, so it exports the report's span.
      const { snapshot, reportSpan: span } = store.get();
      const patientId = patientOf(snapshot);
      if (!patientId) {
        const message = translatorFor(store.get()).t('report.nobodySelected');
        return Promise.resolve({ ok: false, code: 'not_found', message });
      }
      return call(() => api.exportHistory({ patientId, span, format: 'csv' }));
    },
    announce: (text) => {
      // Clearing first makes a repeated text (same point twice) be spoken again.
      live.textContent = '';
      requestAnimationFrame(() => (live.textContent = text));
    },
  };

  /** Fetches what the visible view needs; stale answers (another span/patient) are dropped. */
  function load(state: AppState): void {
    const patientId = patientOf(state.snapshot);
    if (!patientId) return;
    const key = `${patientId}|${state.span}`;
    if (state.view === 'now') {
      // Short spans follow every new reading; long ones do not move visibly in a minute.
      const tick = isLongSpan(state.span) ? '' : String(state.snapshot?.current?.time ?? '');
      if (fetched.history === `${key}|${tick}`) return;
      fetched.history = `${key}|${tick}`;
      if (state.history.status !== 'ready' || state.history.key !== key) {
        store.set({ history: { status: 'loading', key } });
      }
      void call(() => api.getHistory({ patientId, span: state.span })).then((result) => {
        if (`${patientOf(store.get().snapshot)}|${store.get().span}` !== key) return;
        performance.mark(MARK_HISTORY_RECEIVED);
        store.set({
          history: result.ok
            ? { status: 'ready', key, value: result.value }
            : { status: 'error', key, message: result.message },
        });
      });
    } else if (state.view === 'report' && fetched.report !== reportKey(state)) {
      const key = reportKey(state);
      fetched.report = key;
      store.set({ report: { status: 'loading', key } });
      void call(() => api.getReport({ patientId, span: state.reportSpan })).then((result) => {
        if (reportKey(store.get()) !== key) return;
        store.set({
          report: result.ok
            ? { status: 'ready', key, value: result.value }
            : { status: 'error', key, message: result.message },
        });
        if (!result.ok) fetched.report = '';
      });
    }
  }

  /** Loads the catalog the snapshot's language needs; a late answer for another one is dropped. */
  function loadLanguage(state: AppState): void {
    const language = state.snapshot?.locale?.language ?? 'en';
    if (language === wantedLanguage) return;
    wantedLanguage = language;
    void loadCatalog(language).then(
      (messages) => {
        if (language === wantedLanguage) store.set({ catalog: { language, messages } });
      },
      // A chunk that cannot load leaves the words English (with the locale's formats).
      () => undefined,
    );
  }
  let wantedLanguage = 'en';

  const shell = createShell(root, store.get(), actions);
  root.append(live, alert);
  const unsubscribe = store.subscribe((state) => {
    loadLanguage(state);
    shell.update(state);
    load(state);
    const text = newAlarmsText(state.snapshot, spokenAlarms, translatorFor(state));
    if (text) {
      alert.textContent = '';
      requestAnimationFrame(() => (alert.textContent = text));
    }
  });
  const offSnapshot = api.onSnapshot((snapshot) => {
    const before = store.get().snapshot;
    // Coming back from a sign-in or other gate screen starts on Now, not on the last tab.
    const reopened = before !== null && isGate(before) && !isGate(snapshot);
    store.set(
      reopened ? { snapshot, bridgeError: null, view: 'now' } : { snapshot, bridgeError: null },
    );
  });
  const offSettings = api.onSettings((settings) => store.set({ settings }));
  void call(() => api.getSnapshot()).then((result) => {
    if (result.ok) store.set({ snapshot: result.value, bridgeError: null });
    else if (!store.get().snapshot) store.set({ bridgeError: result.message });
  });
  void call(() => api.getSettings()).then((result) => {
    if (result.ok && !store.get().settings) store.set({ settings: result.value });
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) actions.hide();
  };
  document.addEventListener('keydown', onKey);

  return {
    destroy() {
      document.removeEventListener('keydown', onKey);
      offSnapshot();
      offSettings();
      unsubscribe();
      shell.destroy();
    },
  };
}

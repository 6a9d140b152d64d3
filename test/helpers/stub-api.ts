// A typed stand-in for the preload bridge, injected into the page with `page.addInitScript`.
// `installStubApi` runs INSIDE the page (Playwright serialises its source), so it must not use
// anything from its module scope; its object is typed as RendererApi, so a method added to the
// contract fails to compile here until the stub implements it.
import type { Page } from 'playwright-core';
import type {
  ChartSpan,
  HistorySeries,
  InvokeContracts,
  InvokeName,
  RendererApi,
  Report,
  Result,
  Settings,
  Snapshot,
} from '../../preload/contract';

export type StubResults = { [K in InvokeName]?: Result<InvokeContracts[K]['response']> };

export interface StubConfig {
  snapshot: Snapshot;
  settings: Settings;
  /** History per span; a span without an entry answers with an empty series. */
  history?: Partial<Record<ChartSpan, HistorySeries>>;
  report?: Report;
  /** Canned answers that replace the default `{ok:true}` ones. */
  results?: StubResults;
  /** Milliseconds before a method answers (real timers); 0 or missing answers at once. */
  delays?: Partial<Record<InvokeName, number>>;
}

/** One recorded bridge call. Listener registrations are recorded as `onSnapshot` / `onSettings`. */
export interface StubCall {
  method: keyof RendererApi;
  arg: unknown;
}

/** What the stub leaves on `window.__stub` for tests to read and drive. */
export interface StubHandle {
  calls: StubCall[];
  pushSnapshot(snapshot: Snapshot): void;
  pushSettings(settings: Settings): void;
  setResult<K extends InvokeName>(name: K, result: StubResults[K]): void;
}

type StubWindow = Window & { __stub?: StubHandle; glucobar?: RendererApi };

/** Runs in the page: defines `window.glucobar` (the bridge key) and `window.__stub`. */
export function installStubApi(config: StubConfig): void {
  const calls: StubCall[] = [];
  const snapshotListeners = new Set<(s: Snapshot) => void>();
  const settingsListeners = new Set<(s: Settings) => void>();
  const results: StubResults = { ...config.results };
  let settings = config.settings;

  const answer = <K extends InvokeName>(
    name: K,
    arg: unknown,
    fallback: () => InvokeContracts[K]['response'],
  ): Promise<Result<InvokeContracts[K]['response']>> => {
    calls.push({ method: name, arg: arg === undefined ? undefined : structuredClone(arg) });
    const canned = results[name] as Result<InvokeContracts[K]['response']> | undefined;
    const result = canned ?? { ok: true as const, value: fallback() };
    const delay = config.delays?.[name] ?? 0;
    // Results are cloned like IPC would, so the page can never mutate the canned data.
    if (delay <= 0) return Promise.resolve(structuredClone(result));
    return new Promise((resolve) => setTimeout(() => resolve(structuredClone(result)), delay));
  };
  const emptySeries = (patientId: string, span: ChartSpan): HistorySeries => ({
    patientId,
    span,
    from: config.snapshot.generatedAt,
    to: config.snapshot.generatedAt,
    times: [],
    mgdl: [],
  });

  const api: RendererApi = {
    getSnapshot: () => answer('getSnapshot', undefined, () => config.snapshot),
    getHistory: (request) =>
      answer('getHistory', request, () => {
        const series = config.history?.[request.span];
        return series
          ? { ...series, patientId: request.patientId }
          : emptySeries(request.patientId, request.span);
      }),
    getReport: (request) =>
      answer('getReport', request, () => {
        if (!config.report) throw new Error('stub: no report configured');
        return { ...config.report, patientId: request.patientId, span: request.span };
      }),
    signIn: (request) => answer('signIn', request, () => null),
    acceptTerms: () => answer('acceptTerms', undefined, () => null),
    signOut: () => answer('signOut', undefined, () => null),
    acceptUpdate: () => answer('acceptUpdate', undefined, () => null),
    selectPatient: (request) => answer('selectPatient', request, () => null),
    refreshNow: () => answer('refreshNow', undefined, () => null),
    getSettings: () => answer('getSettings', undefined, () => settings),
    updateSettings: (patch) =>
      answer('updateSettings', patch, () => {
        const next = { ...settings, ...patch } as Settings;
        if (patch.alarms) next.alarms = { ...settings.alarms, ...patch.alarms };
        if (patch.quietHours) next.quietHours = { ...settings.quietHours, ...patch.quietHours };
        settings = next;
        return settings;
      }),
    snoozeAlarm: (request) => answer('snoozeAlarm', request, () => null),
    exportHistory: (request) =>
      answer('exportHistory', request, () => ({
        saved: true,
        path: '/home/user/glucobar.csv',
        rows: 4321,
      })),
    openLink: (request) => answer('openLink', request, () => null),
    hidePopover: () => answer('hidePopover', undefined, () => null),
    closeMiniView: () => answer('closeMiniView', undefined, () => null),
    quit: () => answer('quit', undefined, () => null),
    onSnapshot: (listener) => {
      calls.push({ method: 'onSnapshot', arg: undefined });
      snapshotListeners.add(listener);
      return () => snapshotListeners.delete(listener);
    },
    onSettings: (listener) => {
      calls.push({ method: 'onSettings', arg: undefined });
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
  };

  const handle: StubHandle = {
    calls,
    pushSnapshot: (snapshot) => snapshotListeners.forEach((l) => l(structuredClone(snapshot))),
    pushSettings: (next) => {
      settings = next;
      settingsListeners.forEach((l) => l(structuredClone(next)));
    },
    setResult: (name, result) => {
      (results as Record<string, unknown>)[name] = result;
    },
  };
  const win = window as StubWindow;
  Object.defineProperty(win, 'glucobar', { value: Object.freeze(api) });
  Object.defineProperty(win, '__stub', { value: handle });
}

/**
 * The init-script source that runs {@link installStubApi} on `configExpression`. Transpilers
 * (tsx/esbuild with keepNames) may wrap inner functions in a `__name` helper that exists only in
 * the Node module, so the script brings a harmless one of its own.
 */
function stubScript(configExpression: string): string {
  return `(() => {
    const __name = (fn) => fn;
    const config = ${configExpression};
    if (config) (${installStubApi.toString()})(config);
  })();`;
}

/** Installs the stub, with this config, for every navigation of `page`. */
export async function injectStubApi(page: Page, config: StubConfig): Promise<void> {
  await page.addInitScript({ content: stubScript(JSON.stringify(config)) });
}

const CONFIG_KEY = 'glucobar-test:stub-config';

/**
 * Installs the stub for every navigation of `page`, taking its config from sessionStorage, so
 * one page can be reloaded with a new config ({@link reloadWithStub}) instead of opening a new
 * page per test, which costs several times as much.
 */
export async function injectReloadableStub(page: Page): Promise<void> {
  await page.addInitScript({
    content: stubScript(
      `JSON.parse(sessionStorage.getItem(${JSON.stringify(CONFIG_KEY)}) ?? 'null')`,
    ),
  });
}

/** Stores `config` for the reloadable stub and reloads the page with it. */
export async function reloadWithStub(page: Page, config: StubConfig): Promise<void> {
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    CONFIG_KEY,
    JSON.stringify(config),
  ] as const);
  await page.reload();
}

/** Bridge calls so far, optionally only those of one method. */
export async function stubCalls(page: Page, method?: keyof RendererApi): Promise<StubCall[]> {
  const calls = await page.evaluate(() => (window as StubWindow).__stub?.calls ?? []);
  return method ? calls.filter((c) => c.method === method) : calls;
}

/** Sends a snapshot through `onSnapshot`, as main does on every change. */
export async function pushSnapshot(page: Page, snapshot: Snapshot): Promise<void> {
  await page.evaluate((s) => (window as StubWindow).__stub?.pushSnapshot(s), snapshot);
}

export async function pushSettings(page: Page, settings: Settings): Promise<void> {
  await page.evaluate((s) => (window as StubWindow).__stub?.pushSettings(s), settings);
}

export async function setStubResult<K extends InvokeName>(
  page: Page,
  name: K,
  result: StubResults[K],
): Promise<void> {
  await page.evaluate(
    ([n, r]) => (window as StubWindow).__stub?.setResult(n, r as StubResults[InvokeName]),
    [name as InvokeName, result as unknown] as const,
  );
}

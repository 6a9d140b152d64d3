// The mini view page (out/renderer/mini.html) in every state it can show, light and dark: what
// it says (privacy hides value, arrow, change, range and curve; a reading that is not current
// says why and shows no arrow or change), axe-core on each, and a picture per state in
// test-results/mini/. One page, reloaded with a new stub per state, to keep CI time low.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../preload/contract';
import { launchChromium, watchForProblems } from '../helpers/browser';
import {
  makeCurrent,
  makeHistory,
  makeSettings,
  makeSnapshot,
  NOW,
  stateSnapshot,
} from '../helpers/snapshots';
import { serveDirectory, type StaticServer } from '../helpers/static-server';
import {
  injectReloadableStub,
  pushSnapshot,
  reloadWithStub,
  setStubResult,
  stubCalls,
} from '../helpers/stub-api';
import { axeViolations } from './axe';

const DIR = 'test-results/mini';
const MINI = { width: 224, height: 112 };

interface MiniState {
  name: string;
  snapshot: Snapshot;
  /** What the page must say: value, arrow and change text, curve shown, note (regex or none). */
  expect: { value: string; arrow: string; delta: string; curve: boolean; note: RegExp | null };
}

const low = makeCurrent({ mgdl: 64, trend: 'falling', deltaMgdl: -6 });

const STATES: MiniState[] = [
  {
    name: 'fresh',
    snapshot: makeSnapshot(),
    expect: { value: '131', arrow: '↗', delta: '+3 mg/dL', curve: true, note: null },
  },
  {
    name: 'low',
    snapshot: makeSnapshot({ current: low }),
    expect: {
      value: '64',
      arrow: '↘',
      delta: `${low.display.delta} mg/dL`,
      curve: true,
      note: null,
    },
  },
  {
    name: 'stale',
    snapshot: makeSnapshot({ current: makeCurrent({ stale: true, ageSeconds: 42 * 60 }) }),
    expect: { value: '131', arrow: '', delta: '', curve: true, note: /not the current value/ },
  },
  {
    name: 'privacy',
    snapshot: makeSnapshot({ privacy: true }),
    expect: { value: '•••', arrow: '', delta: '', curve: false, note: null },
  },
  {
    name: 'no-data',
    snapshot: stateSnapshot('signed_out'),
    expect: { value: 'No reading', arrow: '', delta: '', curve: false, note: /Sign in/ },
  },
];

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  server = await serveDirectory('out/renderer');
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: MINI,
    deviceScaleFactor: 2,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  page = await context.newPage();
  problems = watchForProblems(page);
  await page.clock.setFixedTime(NOW);
  await injectReloadableStub(page);
  await page.goto(`${server.url}mini.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('mini view page', () => {
  it.each(STATES)(
    '$name: says what it must, with no axe violation, light and dark',
    async (state) => {
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await reloadWithStub(page, {
          snapshot: state.snapshot,
          settings: makeSettings(),
          history: { '3h': makeHistory('3h', 5) },
        });
        await page.waitForSelector('.mini .value');
        const text = (selector: string) => page.locator(`.mini ${selector}`).textContent();
        await expect.poll(() => text('.value')).toBe(state.expect.value);
        expect(await text('.arrow')).toBe(state.expect.arrow);
        expect((await page.locator('.mini .delta').isVisible()) ? await text('.delta') : '').toBe(
          state.expect.delta,
        );
        if (state.expect.curve) await page.waitForSelector('.curve .line[d^="M"]');
        expect(await page.locator('.curve').isVisible(), 'curve').toBe(state.expect.curve);
        const note = page.locator('.mini .note');
        if (state.expect.note) expect(await note.textContent()).toMatch(state.expect.note);
        else expect(await note.isVisible()).toBe(false);
        // Never more than fits: nothing inside overflows the fixed window.
        expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThanOrEqual(
          MINI.height,
        );
        found.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
        await page.screenshot({ path: `${DIR}/${state.name}-${colorScheme}.png` });
      }
      expect(found).toEqual([]);
      if (state.name === 'privacy') {
        // Privacy mode asks for no readings either.
        expect(await stubCalls(page, 'getHistory')).toEqual([]);
      }
      expect(problems.splice(0)).toEqual([]);
    },
  );

  it('redraws the curve when readings arrive later without a newer current one (a backfill)', async () => {
    const snapshot = makeSnapshot();
    await reloadWithStub(page, { snapshot, settings: makeSettings(), history: {} });
    await page.waitForSelector('.mini .value');
    await expect.poll(() => page.locator('.curve .line').getAttribute('d')).toBe('');
    await setStubResult(page, 'getHistory', { ok: true, value: makeHistory('3h', 5) });
    await pushSnapshot(page, { ...snapshot, generatedAt: snapshot.generatedAt + 1_000 });
    await page.waitForSelector('.curve .line[d*="L"]');
    expect(problems.splice(0)).toEqual([]);
  });
});

/** The page in German and French: the snapshot's locale picks the words (a catalog chunk). */
const LOCALIZED = [
  {
    language: 'de',
    tag: 'de-DE',
    close: 'Mini-Ansicht schließen',
    note: { stale: /^Seit 42 Min\. kein neuer Wert/, 'no-data': /^Bei LibreLinkUp anmelden$/ },
    value: 'Kein Wert',
  },
  {
    language: 'fr',
    tag: 'fr-FR',
    close: 'Fermer la mini-vue',
    note: {
      stale: /^Aucune mesure depuis 42 min — ce n’est pas la valeur actuelle$/,
      'no-data': /^Se connecter à LibreLinkUp$/,
    },
    value: 'Aucune mesure',
  },
  {
    language: 'es',
    tag: 'es-ES',
    close: 'Cerrar la vista mini',
    note: { stale: /./, 'no-data': /./ },
    value: 'Sin lectura',
  },
  {
    language: 'it',
    tag: 'it-IT',
    close: 'Chiudi la vista mini',
    note: { stale: /./, 'no-data': /./ },
    value: 'Nessuna lettura',
  },
  {
    language: 'nl',
    tag: 'nl-NL',
    close: 'Miniweergave sluiten',
    note: { stale: /./, 'no-data': /./ },
    value: 'Geen meting',
  },
] as const;

describe.each(LOCALIZED)('mini view page in $language', (locale) => {
  it.each(['stale', 'no-data'] as const)(
    '%s speaks the language, fits, is axe-clean',
    async (name) => {
      const state = STATES.find((s) => s.name === name)!;
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await reloadWithStub(page, {
        snapshot: { ...state.snapshot, locale: { language: locale.language, tag: locale.tag } },
        settings: makeSettings(),
        history: { '3h': makeHistory('3h', 5) },
      });
      await page.waitForSelector(`.mini .close[aria-label="${locale.close}"]`);
      await page.screenshot({ path: `${DIR}/i18n-${name}-${locale.language}.png` });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.tag);
      expect(await page.locator('.mini .note').textContent()).toMatch(locale.note[name]);
      if (name === 'no-data')
        expect(await page.locator('.mini .value').textContent()).toBe(locale.value);
      // Nothing cut off: no clipping box with more than it shows, the page within the window.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.mini *')]
          .filter((el) => el.offsetParent !== null && !el.closest('.sr-only'))
          // Wider than its box (a line running under the close button), or a clipping box
          // (the note is clamped to two lines) with more lines inside than it shows.
          .filter((el) => el.clientWidth > 0)
          .filter(
            (el) =>
              el.scrollWidth > el.clientWidth + 1 ||
              (getComputedStyle(el).overflow !== 'visible' &&
                el.scrollHeight > el.clientHeight + 1),
          )
          .map(
            (el) =>
              `${el.className} ${el.scrollWidth}×${el.scrollHeight} > ${el.clientWidth}×${el.clientHeight}`,
          ),
      );
      expect(cut).toEqual([]);
      expect(await page.evaluate(() => document.body.scrollHeight)).toBeLessThanOrEqual(
        MINI.height,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(problems.splice(0)).toEqual([]);
    },
  );
});

// The popover in German and French: the main states at the real window size, with nothing cut
// off or pushed out by longer words, axe-clean with <html lang> set; the language select.
// Pictures: test-results/popover/i18n-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../preload/contract';
import { stubCalls } from '../helpers/stub-api';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, stubConfig, usePopoverSuite } from './popover';
import { STATES } from './states';

const suite = usePopoverSuite();

const LANGUAGES = [
  { language: 'de', tag: 'de-DE', close: 'Schließen' },
  { language: 'fr', tag: 'fr-FR', close: 'Fermer' },
] as const;
const MAIN_STATES = [
  'now-busy',
  'very-high-mmol',
  'offline-stale-notices',
  'settings-mmol',
  'locked-out',
];

/**
 * Text that does not fit: an element whose content is wider than its box while the box clips
 * (overflow not visible: an ellipsis or a cut), or anything reaching past the window's width.
 */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
      // Visually hidden text (screen readers only) is clipped on purpose.
      if (el.offsetParent === null || el.closest('canvas, .sr-only')) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        found.push(`clipped ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
      }
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > innerWidth + 0.5 || rect.left < -0.5)) {
        found.push(`outside ${describe(el)} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      }
    }
    // Taller than the window: the panel (or a view in it) would scroll.
    for (const el of document.querySelectorAll<HTMLElement>('.panel, .now, .settings')) {
      if (el.offsetParent !== null && el.scrollHeight > el.clientHeight + 1) {
        found.push(`${el.className} ${el.scrollHeight} > ${el.clientHeight}`);
      }
    }
    const root = document.scrollingElement!;
    if (root.scrollWidth > innerWidth) found.push(`page width ${root.scrollWidth}`);
    if (root.scrollHeight > innerHeight) found.push(`page height ${root.scrollHeight}`);
    return found;
  });
}

function inLanguage(snapshot: Snapshot, locale: { language: 'de' | 'fr'; tag: string }) {
  return { ...snapshot, locale: { language: locale.language, tag: locale.tag } };
}

describe.each(LANGUAGES)('the popover in $language', (locale) => {
  it.each(MAIN_STATES)('%s fits, is axe-clean and says lang', async (name) => {
    const state = STATES.find((s) => s.name === name)!;
    const config = { ...state.config, snapshot: inLanguage(state.config.snapshot, locale) };
    const { page } = await suite.open(config, { reducedMotion: 'reduce' });
    await page.waitForSelector(state.ready);
    // The words arrive with the language's catalog chunk; the shell re-words itself then.
    await page.waitForSelector(`.close[aria-label="${locale.close}"]`);
    await state.then?.(page);
    // Saved first, so a failing state can be looked at.
    await page.screenshot({ path: `${SCREENSHOT_DIR}/i18n-${name}-${locale.language}.png` });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.tag);
    expect(await clipped(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('language setting', () => {
  it('offers every language in its own name and sends the choice', async () => {
    const { page } = await suite.open(stubConfig());
    await page.click('#tab-settings');
    await page.waitForSelector('#setting-language');
    expect(await page.inputValue('#setting-language')).toBe('system');
    const names = await page.$$eval('#setting-language option', (options) =>
      options.map((o) => o.textContent),
    );
    expect(names).toEqual([
      'System',
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Italiano',
      'Nederlands',
    ]);
    await page.selectOption('#setting-language', 'fr');
    await expect
      .poll(async () => (await stubCalls(page, 'updateSettings')).map((c) => c.arg))
      .toEqual([{ language: 'fr' }]);
  });
});

/**
 * The report tab in German and French (helper rep): top with goals and stats in mmol/L (decimal
 * commas), the AGP and the day-by-day graphs further down, and the GMI note. The report body
 * scrolls by design; nothing may be cut off sideways or leave the window.
 */
const REPORT_CASES = [
  { language: 'de', tag: 'de-DE', close: 'Schließen', agp: /^Ambulantes Glukoseprofil \(AGP\)/ },
  { language: 'fr', tag: 'fr-FR', close: 'Fermer', agp: /^Profil glycémique ambulatoire \(AGP\)/ },
] as const;

describe.each(REPORT_CASES)('the report in $language', (locale) => {
  it('fits at every scroll position, speaks the language, is axe-clean', async () => {
    const state = STATES.find((s) => s.name === 'report')!;
    const snapshot = { ...inLanguage(state.config.snapshot, locale), units: 'mmol/L' as const };
    const { page } = await suite.open({ ...state.config, snapshot }, { reducedMotion: 'reduce' });
    await page.waitForSelector(`.close[aria-label="${locale.close}"]`);
    await page.click('#tab-report');
    await page.waitForSelector('.agp canvas');
    await page.waitForSelector('.day-grid .day');
    const body = page.locator('.report-body');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/i18n-report-${locale.language}.png` });
    await body.evaluate((el) => el.querySelector('.episodes')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/i18n-report-agp-${locale.language}.png` });
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/i18n-report-days-${locale.language}.png` });
    expect(await page.locator('.agp-caption').textContent()).toMatch(locale.agp);
    // The mean in mmol/L with the locale's decimal comma.
    expect(await page.locator('.stats .stat dd').first().textContent()).toMatch(/^\d+,\d mmol\/L$/);
    expect(await clipped(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says why GMI is withheld', async () => {
    const state = STATES.find((s) => s.name === 'report-gmi-withheld')!;
    const snapshot = inLanguage(state.config.snapshot, locale);
    const { page } = await suite.open({ ...state.config, snapshot }, { reducedMotion: 'reduce' });
    await page.waitForSelector(`.close[aria-label="${locale.close}"]`);
    await page.click('#tab-report');
    await page.waitForSelector('.gmi-note');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/i18n-report-gmi-${locale.language}.png` });
    expect(await page.locator('.gmi-note').textContent()).toMatch(/GMI/);
    expect(await page.locator('.gmi-note').textContent()).not.toMatch(/readings cover/);
    expect(await clipped(page)).toEqual([]);
  });
});

// The main states at the popover's real size, in light and dark: each must fit without
// scrolling, and is saved to test-results/popover/ for people to look at.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POPOVER, SCREENSHOT_DIR, stubConfig, usePopoverSuite } from './popover';
import { busy, STATES } from './states';

const suite = usePopoverSuite();
const SHOTS = STATES.filter((state) => state.shot);

async function frame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

/** Content taller or wider than the window (or cut off inside it). */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollHeight > innerHeight) found.push(`page height ${root.scrollHeight}`);
    if (root.scrollWidth > innerWidth) found.push(`page width ${root.scrollWidth}`);
    // The report's body is the one region meant to scroll (a focusable region; the span choice
    // and export stay in view), so it is not checked here.
    for (const el of document.querySelectorAll<HTMLElement>('.panel, .now, .report, .settings')) {
      if (el.offsetParent !== null && el.scrollHeight > el.clientHeight + 1) {
        found.push(`${el.className} ${el.scrollHeight} > ${el.clientHeight}`);
      }
    }
    return found;
  });
}

describe('popover at its fixed size, light and dark', () => {
  it.each(SHOTS)('$name', async (shot) => {
    // Reduced motion: no transition can be caught half-way in a screenshot.
    const { page } = await suite.open(shot.config, { reducedMotion: 'reduce' });
    await page.waitForSelector(shot.ready);
    await shot.then?.(page);
    await frame(page);
    expect(await overflow(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot.name}-light.png` });
    // Switching the OS scheme live must repaint the charts in the dark palette too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await frame(page);
    await frame(page);
    expect(await overflow(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot.name}-dark.png` });
  });
});

describe('themes and motion', () => {
  it('text keeps readable contrast in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await suite.open(stubConfig({ snapshot: busy }), { colorScheme });
      await page.waitForSelector('.reading .value');
      const ratios = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const bg = lum(getComputedStyle(document.body).backgroundColor);
        const ratio = (sel: string) => {
          const fg = lum(getComputedStyle(document.querySelector(sel)!).color);
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        };
        return { value: ratio('.value'), meta: ratio('.reading-meta .age'), body: ratio('.who') };
      });
      expect(ratios.value, colorScheme).toBeGreaterThanOrEqual(3);
      expect(ratios.meta, colorScheme).toBeGreaterThanOrEqual(4.5);
      expect(ratios.body, colorScheme).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has no transitions when reduced motion is asked for', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await suite.open(stubConfig(), { reducedMotion });
      await page.waitForSelector('.spans button');
      return page.$eval('.spans button', (el) => getComputedStyle(el).transitionDuration);
    };
    expect(await duration('no-preference')).not.toMatch(/^0s(, 0s)*$/);
    expect(await duration('reduce')).toMatch(/^0s(, 0s)*$/);
  });

  it('the viewport used is the documented popover size', async () => {
    const { page } = await suite.open();
    const size = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [
        innerWidth,
        innerHeight,
        style.getPropertyValue('--popover-width').trim(),
        style.getPropertyValue('--popover-height').trim(),
      ];
    });
    expect(size).toEqual([
      POPOVER.width,
      POPOVER.height,
      `${POPOVER.width}px`,
      `${POPOVER.height}px`,
    ]);
  });
});

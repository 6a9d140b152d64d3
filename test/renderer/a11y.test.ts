// Every popover state, light and dark, checked by axe-core: any violation fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from './axe';
import { stateSnapshot } from '../helpers/snapshots';
import { stubConfig, usePopoverSuite } from './popover';
import { STATES } from './states';

const suite = usePopoverSuite();

/**
 * The dark scheme only swaps the palette's custom properties (renderer/styles/palette.css), so in
 * dark only the rules that judge colours can find something new: every rule runs in light, the
 * colour rules in both. This keeps the check whole at half the cost; the first test keeps the
 * premise true.
 */
describe('axe-core finds no violation', () => {
  it('the dark scheme changes colours only (custom properties), nothing axe judges otherwise', () => {
    const css = readFileSync('renderer/styles/palette.css', 'utf8');
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const declarations = dark.match(/[\w-]+\s*:[^;{}]+;/g) ?? [];
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((d) => !d.trim().startsWith('--'))).toEqual([]);
    const styles = readdirSync('renderer', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css') && !f.endsWith('palette.css'))
      .map((f) => readFileSync(join('renderer', f), 'utf8'));
    expect(styles.filter((text) => text.includes('prefers-color-scheme'))).toEqual([]);
  });

  it.each(STATES)('$name', async (state) => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await suite.open(state.config, { colorScheme, reducedMotion: 'reduce' });
      await page.waitForSelector(state.ready);
      await state.then?.(page);
      const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
      found.push(...(await axeViolations(page, rules)).map((v) => `${colorScheme}: ${v}`));
    }
    expect(found).toEqual([]);
  });
});

describe('focus on open', () => {
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}` : '';
    });

  it('starts on the reading, so a screen reader reads the value first', async () => {
    const { page } = await suite.open();
    await expect.poll(() => focused(page)).toBe('section.reading');
  });

  it('starts on the e-mail field when signed out', async () => {
    const { page } = await suite.open(stubConfig({ snapshot: stateSnapshot('signed_out') }));
    await expect.poll(() => focused(page)).toBe('input#sign-in-email.');
  });

  it('starts on the title of a screen without a form', async () => {
    const { page } = await suite.open(stubConfig({ snapshot: stateSnapshot('no_connections') }));
    await expect.poll(() => focused(page)).toBe('h2#session-title.screen-title');
  });

  it('goes back to the start when the window is shown again with nothing focused', async () => {
    const { page } = await suite.open();
    await expect.poll(() => focused(page)).toBe('section.reading');
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.dispatchEvent(new FocusEvent('focus'));
    });
    await expect.poll(() => focused(page)).toBe('section.reading');
  });
});

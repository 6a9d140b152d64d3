// Every popover state, light and dark, checked by axe-core: any violation fails.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { stateSnapshot } from '../helpers/snapshots';
import { stubConfig, usePopoverSuite } from './popover';
import { STATES } from './states';

const suite = usePopoverSuite();

describe('axe-core finds no violation', () => {
  it.each(STATES)('$name', async (state) => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await suite.open(state.config, { colorScheme, reducedMotion: 'reduce' });
      await page.waitForSelector(state.ready);
      await state.then?.(page);
      found.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
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

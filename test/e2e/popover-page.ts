// What a person does with the popover and what they read from it, for the e2e tests. Only
// selectors and visible text: the page is the real built renderer, nothing is reached into.
import type { Page } from 'playwright-core';
import type { Units } from '../../preload/contract';
import type { LluCredentials } from '../../main/core/llu/types';
import { INVOKE_BINDING, type InvokeBinding } from './bridge-names';
import type { E2eWorld } from './harness';

export async function signInWith(page: Page, credentials: LluCredentials): Promise<void> {
  await page.fill('#sign-in-email', credentials.email);
  await page.fill('#sign-in-password', credentials.password);
  await page.click('.sign-in button[type="submit"]');
}

/** The big number, or null while no reading is shown. */
export async function shownValue(page: Page): Promise<string | null> {
  const value = page.locator('.reading .value');
  return (await value.isVisible()) ? value.textContent() : null;
}

/** The session screen's status (`signed_out`, `terms_required`, ...) or null when data shows. */
export async function shownScreen(page: Page): Promise<string | null> {
  const screen = page.locator('.session-screen');
  if ((await screen.count()) === 0) return null;
  const status = /status-([a-z_]+)/.exec((await screen.getAttribute('class')) ?? '');
  return status?.[1] ?? null;
}

export async function openTab(page: Page, view: 'now' | 'report' | 'settings'): Promise<void> {
  await page.click(`.tabs [data-view="${view}"]`);
}

/** How a mg/dL value reads in `unit` (0.1 mmol/L, rounded half away from zero). */
export function expectedValueText(mgdl: number, unit: Units): string {
  if (unit === 'mg/dL') return String(mgdl);
  return (Math.round((mgdl / 18.0182) * 10) / 10).toFixed(1);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** A time as the page (locale en-GB, zone UTC) writes a clock time, e.g. `08:05`. */
export function clockText(ms: number): string {
  return clockFormat.format(ms);
}

/**
 * Reads every point of the history chart with the keyboard, as a screen-reader user would:
 * Home, then ArrowRight `count - 1` times, collecting what the live region says for each.
 * One more ArrowRight must not move: there is no point after the last.
 */
export async function readChartPoints(world: E2eWorld, count: number): Promise<string[]> {
  const { page } = world;
  const announced = async () => {
    // The announcement is written on the next animation frame (page time is paused).
    await world.runPage(20);
    return (await page.locator('#announce').textContent()) ?? '';
  };
  await page.focus('.chart canvas');
  await page.keyboard.press('Home');
  const said = [await announced()];
  for (let i = 1; i < count; i += 1) {
    await page.keyboard.press('ArrowRight');
    said.push(await announced());
  }
  await page.keyboard.press('ArrowRight');
  said.push(await announced());
  return said;
}

export type RawAnswer = { answered: unknown } | { rejected: string };

/**
 * What a compromised page could do: call the IPC pipe directly, bypassing the named API, with
 * any channel and any arguments (`undefined` included, so argument counts are exact).
 */
export function rawInvoke(page: Page, channel: string, args: unknown[]): Promise<RawAnswer> {
  return page.evaluate(
    ([binding, name, list]) =>
      (window as unknown as Record<string, InvokeBinding>)[binding]!(name, ...list).then(
        (answered): RawAnswer => ({ answered }),
        (error: Error): RawAnswer => ({ rejected: error.message }),
      ),
    [INVOKE_BINDING, channel, args] as const,
  );
}

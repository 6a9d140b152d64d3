// What a person does on each desktop and what they read, in terms of the stand-in: open the
// popover the way the platform allows, read the value the popover shows, read the tray.
import type { Page } from 'playwright-core';
import type { Machine } from './standin/machine';
import type { AppProcess } from './standin/process';
import type { Tray } from './standin/tray';
import { waitFor } from './world';

export interface PopoverReading {
  value: string;
  arrow: string;
  trendWords: string;
  age: string;
}

/** The running Glucobar's tray icon once it is on the panel. */
export function trayOf(proc: AppProcess): Promise<Tray> {
  return waitFor(`a tray icon on the panel (process ${proc.pid})`, () => proc.tray(), 15_000);
}

/** Opens the popover: a click where the icon takes clicks, the menu's "Open" where not. */
export async function openPopover(machine: Machine, proc: AppProcess): Promise<Page> {
  const tray = await trayOf(proc);
  tray.click();
  if (machine.personality.trayHost === 'app-indicator') machine.desktop.chooseMenuItem('open');
  const win = await waitFor('the popover to be visible', () => {
    const w = proc.popover();
    return w?.isVisible() ? w : null;
  });
  const page = await win.page();
  await page.waitForSelector('.app', { timeout: 10_000 });
  return page;
}

/** The big value and its trend and age as the popover shows them, or null when none shows. */
export async function popoverReading(page: Page): Promise<PopoverReading | null> {
  const value = page.locator('.reading .value');
  if (!(await value.isVisible())) return null;
  const text = async (selector: string) =>
    ((await page.locator(`.reading ${selector}`).textContent()) ?? '').trim();
  return {
    value: await text('.value'),
    arrow: await text('.arrow'),
    trendWords: await text('.trend-words'),
    age: await text('.age'),
  };
}

/** The session screen's status (`signed_out`, `bad_credentials`, ...) or null when data shows. */
export async function shownScreen(page: Page): Promise<string | null> {
  const screen = page.locator('.session-screen');
  if ((await screen.count()) === 0) return null;
  const status = /status-([a-z_]+)/.exec((await screen.getAttribute('class')) ?? '');
  return status?.[1] ?? null;
}

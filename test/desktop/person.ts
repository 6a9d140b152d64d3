// What a person does on each desktop and what they read, in terms of the stand-in: open the
// popover the way the platform allows, read the value the popover shows, read the tray.
import type { Page } from 'playwright-core';
import type { Machine } from './standin/machine';
import { PUSH, type Settings } from '../../preload/contract';
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

/** Opens the popover (unless open): a click where the icon takes clicks, the menu's "Open" where not. */
export async function openPopover(machine: Machine, proc: AppProcess): Promise<Page> {
  const tray = await trayOf(proc);
  if (!proc.popover()?.isVisible()) {
    tray.click();
    if (machine.personality.trayHost === 'app-indicator') machine.desktop.chooseMenuItem('open');
  }
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

/** The popover's Settings tab, then "Sign out": the sign-in form appears. */
export async function signOutFromSettings(page: Page): Promise<void> {
  await page.click('.tabs [data-view="settings"]');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForSelector('#sign-in-email');
}

/** Fills the popover's sign-in form and submits it. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.fill('#sign-in-email', email);
  await page.fill('#sign-in-password', password);
  await page.click('.sign-in button[type="submit"]');
}

/** The process that replaced `proc` after a relaunch. */
export async function relaunched(machine: Machine, proc: AppProcess): Promise<AppProcess> {
  await waitFor('the first process to end', () => !proc.alive());
  return waitFor('the relaunched process', () => machine.alive().find((p) => p !== proc) ?? null);
}

/** Quits from the tray menu, the way a person does on that desktop. */
export async function quitFromTray(machine: Machine, proc: AppProcess): Promise<void> {
  const tray = await trayOf(proc);
  if (machine.personality.trayHost === 'app-indicator') tray.click();
  else tray.rightClick();
  machine.desktop.chooseMenuItem('quit');
  await waitFor('the process to end', () => !proc.alive(), 15_000);
}

/** The newest settings main pushed to the popover. */
export function lastSettings(proc: AppProcess): Settings | null {
  const sent = proc.popover()?.webContents.sent ?? [];
  return (sent.filter((m) => m.channel === PUSH.settings).at(-1)?.payload as Settings) ?? null;
}

/** The notices the popover lists. */
export async function shownNotices(page: Page): Promise<string[]> {
  return (await page.locator('.notices li').allTextContents()).map((t) => t.trim());
}

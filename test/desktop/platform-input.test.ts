// How each desktop delivers a click on the tray, and what the popover must do with it:
// macOS left click toggles and never shows the menu (right click does); Windows' double click
// must not open-then-close; AppIndicator's menu is the only way in; on Wayland the popover
// opens without focus (no blur ever comes) and must still be dismissable.
import { describe, expect, it } from 'vitest';
import { openPopover, trayOf } from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('tray input per platform', () => {
  it('macOS: a left click toggles the popover and never shows the menu; a right click shows the menu', async () => {
    const m = suite.machine({ personality: 'darwin' });
    const proc = m.launch();
    const tray = await trayOf(proc);
    await waitFor('the tray menu', () => tray.record.menu !== null || tray.record.title !== '');
    tray.click();
    const win = await waitFor(
      'the popover to open on a left click',
      () => proc.popover()?.isVisible() && proc.popover(),
    );
    tray.click();
    await waitFor('the popover to close on the next left click', () => !win.isVisible());
    expect(m.desktop.menusShown, 'menus shown by left clicks').toEqual([]);
    // With a value in the menu bar, so the picture shows the menu beside it.
    await waitFor('a demo reading', () => lastSnapshot(proc)?.current);
    tray.rightClick();
    await waitFor('the menu on a right click', () => m.desktop.menusShown.length === 1);
    await suite.picture(m, proc, 'right-click-menu');
  });

  it('macOS: the popover is seen over another app’s full-screen Space', async () => {
    const m = suite.machine({ personality: 'darwin' });
    m.desktop.fullScreenAppActive = true;
    const proc = m.launch();
    const tray = await trayOf(proc);
    await waitFor('the popover window', () => proc.popover());
    tray.click();
    await waitFor('the popover to be shown', () => proc.popover()?.isVisible());
    expect(proc.popover()!.isSeen(), 'seen over the full-screen app').toBe(true);
  });

  for (const name of ['win32-200'] as const) {
    it(`Windows (${name}): a double click leaves the popover open`, async () => {
      const m = suite.machine({ personality: name });
      const proc = m.launch();
      const tray = await trayOf(proc);
      await waitFor('the popover window', () => proc.popover());
      await pause(400);
      tray.doubleClick();
      await pause(400);
      expect(proc.popover()!.isVisible(), 'visible after a double click').toBe(true);
      await (await proc.popover()!.page()).waitForSelector('.app .reading');
      await suite.picture(m, proc, 'double-click');
    });
  }

  it('AppIndicator: a click shows the menu, and its Open item opens the popover', async () => {
    const m = suite.machine({ personality: 'linux-appindicator' });
    const proc = m.launch();
    const tray = await trayOf(proc);
    tray.click();
    expect(m.desktop.menusShown).toHaveLength(1);
    expect(proc.popover()?.isVisible() ?? false).toBe(false);
    await suite.picture(m, proc, 'menu');
    m.desktop.chooseMenuItem('open');
    await waitFor('the popover to show', () => proc.popover()?.isVisible());
  });

  it('Wayland: the popover opens without focus and can still be dismissed', async () => {
    const m = suite.machine({ personality: 'linux-wayland' });
    const proc = m.launch();
    const page = await openPopover(m, proc);
    const win = proc.popover()!;
    // The compositor gave no focus, so clicking elsewhere sends no blur.
    m.desktop.clickElsewhere();
    await pause(200);
    if (win.isVisible()) {
      await suite.picture(m, proc, 'popover-without-focus');
      await page.getByRole('button', { name: /close/i }).first().click({ timeout: 3_000 });
    }
    await waitFor('the popover to be dismissed', () => !win.isVisible());
    const tray = await trayOf(proc);
    tray.click();
    await waitFor('the popover to reopen', () => win.isVisible());
    tray.click();
    await waitFor('a second click to close it', () => !win.isVisible());
  });
});

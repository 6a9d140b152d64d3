// The always-on-top mini view on each desktop, as a person meets it: opened from the tray
// menu's "Mini view" checkbox, kept on top as far as the platform allows (the stand-in's rules
// in standin/browser-window.ts), dragged by its body, back at the same place after a restart,
// and in a corner of the primary display when the display it was on is gone. Few launches on
// purpose: every one costs seconds of CI time (X11's rules are in standin.test.ts, its menu
// label in test/unit/tray/tray-menu.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RendererApi, Settings, SettingsPatch } from '../../preload/contract';
import type { Machine } from './standin/machine';
import type { AppProcess } from './standin/process';
import type { BrowserWindow } from './standin/browser-window';
import { openPopover, quitFromTray, trayOf } from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();

/** Right-clicks the tray (the menu's way in on these hosts) and ticks "Mini view". */
async function openMiniFromTray(m: Machine, proc: AppProcess): Promise<BrowserWindow> {
  const tray = await trayOf(proc);
  await waitFor('the first snapshot', () => lastSnapshot(proc));
  tray.rightClick();
  const item = m.desktop.openMenu?.menu.getMenuItemById('mini-view');
  expect(item?.checked, 'the checkbox before opening').toBe(false);
  m.desktop.chooseMenuItem('mini-view');
  return shownMini(proc);
}

async function shownMini(proc: AppProcess): Promise<BrowserWindow> {
  const win = await waitFor(
    'the mini view to show',
    () => proc.miniView()?.isVisible() && proc.miniView(),
  );
  await (await win.page()).waitForSelector('.mini .value');
  return win;
}

function menuLabel(m: Machine, proc: AppProcess): string {
  const tray = proc.tray()!;
  tray.rightClick();
  const label = m.desktop.openMenu?.menu.getMenuItemById('mini-view')?.label ?? '';
  m.desktop.closeMenu();
  return label;
}

const storedPlace = (m: Machine) =>
  JSON.parse(readFileSync(join(m.pathsFor().userData, 'mini-view.json'), 'utf8')) as {
    place: { x: number; y: number } | null;
  };

describe('mini view', () => {
  it('macOS: opens from the tray menu without taking focus, floats over a full-screen app, hides everything in privacy mode', async () => {
    const m = suite.machine({ personality: 'darwin' });
    m.desktop.fullScreenAppActive = true;
    const proc = m.launch();
    const mini = await openMiniFromTray(m, proc);
    expect(mini.alwaysOnTopLevel).toBe('floating');
    expect(mini.isSeenOverFullScreenApp(), 'seen over the full-screen app').toBe(true);
    expect(m.desktop.focused, 'focus left where it was').not.toBe(mini);
    const page = await mini.page();
    const current = await waitFor('a reading', () => lastSnapshot(proc)?.current);
    await expect.poll(() => page.locator('.mini .value').textContent()).toBe(current.display.value);
    // The curve is drawn (the demo's 3-hour graph comes some seconds later; that the curve
    // follows it is checked in test/renderer/mini-view.test.ts, not waited for here).
    await page.waitForSelector('.curve:not([hidden]) .line[d^="M"]', { state: 'attached' });
    // The close button is not a drag handle; the rest of the window is.
    expect(await mini.dragBy({ x: 210, y: 14 }, -50, 0)).toBe(false);
    await suite.picture(m, proc, 'mini-view');
    // Privacy mode (as the popover's switch sets it): no number, arrow, change or curve.
    const popover = await proc.popover()!.page();
    await popover.evaluate(() =>
      (
        window as unknown as { glucobar: { updateSettings(p: Partial<Settings>): unknown } }
      ).glucobar.updateSettings({ privacyMode: true }),
    );
    await expect.poll(() => page.locator('.mini .value').textContent()).toBe('•••');
    expect(await page.locator('.mini .arrow').textContent()).toBe('');
    expect(await page.locator('.mini .curve').isVisible()).toBe(false);
    await suite.picture(m, proc, 'mini-view-privacy');
    // Its close button closes it, and the tray menu's checkbox follows.
    await page.getByRole('button', { name: 'Close mini view' }).click();
    await waitFor('the mini view to close', () => proc.miniView() === null);
    proc.tray()!.rightClick();
    expect(m.desktop.openMenu?.menu.getMenuItemById('mini-view')?.checked).toBe(false);
  });

  it('Windows 150 % with a second display: dragged place survives a restart; a display that is gone falls back to the primary corner', async () => {
    const m = suite.machine({ personality: 'win32-mixed-dpi' });
    const first = m.launch();
    const mini = await openMiniFromTray(m, first);
    const primary = m.personality.displays[0]!.workArea;
    const corner = { x: primary.x + primary.width - 224 - 16, y: primary.y + 16 };
    expect(mini.getBounds()).toMatchObject(corner);
    expect(mini.alwaysOnTopLevel).toBe('floating');
    // Onto the 100 % display on the left.
    expect(await mini.dragBy({ x: 60, y: 60 }, -2500, 300)).toBe(true);
    const dragged = { x: corner.x - 2500, y: corner.y + 300 };
    await waitFor('the place to be saved', () => storedPlace(m).place?.x === dragged.x);
    await quitFromTray(m, first);

    const second = m.launch();
    expect((await shownMini(second)).getBounds(), 'same place after a restart').toMatchObject(
      dragged,
    );
    await quitFromTray(m, second);

    m.desktop.unplugDisplay(2);
    const third = m.launch();
    const back = await shownMini(third);
    expect(back.getBounds(), 'the primary corner once the display is gone').toMatchObject(corner);
    await suite.picture(m, third, 'mini-view-display-gone');
  });

  it('Wayland: opens where the compositor puts it, says it cannot stay on top, remembers no place', async () => {
    const m = suite.machine({ personality: 'linux-wayland' });
    const proc = m.launch();
    const mini = await openMiniFromTray(m, proc);
    expect(mini.staysOnTop()).toBe(false);
    expect(menuLabel(m, proc)).toBe('Mini view (Wayland cannot keep it on top)');
    const before = mini.getBounds();
    expect(await mini.dragBy({ x: 60, y: 60 }, 200, 100)).toBe(true);
    await new Promise((done) => setTimeout(done, 600));
    expect(mini.getBounds()).toEqual(before);
    expect(storedPlace(m).place).toBeNull();
    // The label is in the person's language: German chosen in Settings re-words the menu.
    const page = await openPopover(m, proc);
    await page.evaluate(
      (patch) => (window as unknown as { glucobar: RendererApi }).glucobar.updateSettings(patch),
      { language: 'de' } satisfies SettingsPatch,
    );
    await waitFor(
      'the German menu label',
      () => menuLabel(m, proc) === 'Mini-Ansicht (Wayland kann sie nicht im Vordergrund halten)',
    );
  });
});

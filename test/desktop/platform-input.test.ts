// How each desktop delivers a click on the tray, and what the popover must do with it:
// macOS left click toggles and never shows the menu (right click does); Windows' double click
// must not open-then-close; AppIndicator's menu is the only way in; on Wayland the popover
// opens without focus (no blur ever comes) and must still be dismissable.
import { describe, expect, it } from 'vitest';
import { trayOf } from './person';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();

describe('tray input per platform', () => {
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
});

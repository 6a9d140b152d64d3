// The glance, on every platform personality: with no account stored, the demo value reaches
// the tray within seconds, and the popover, opened the way that desktop allows, shows the same
// value, trend and age, fully inside the work area next to the tray.
import { describe, expect, it } from 'vitest';
import { plainTitle } from './standin/ansi-title';
import { inside } from './standin/geometry';
import { ALL_PERSONALITIES } from './standin/personalities';
import { openPopover, popoverReading, trayOf } from './person';
import { iconMatchesModel, lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';
import type { AppProcess } from './standin/process';

const suite = useDesktopSuite();

describe.each(ALL_PERSONALITIES)('the glance on %s', (name) => {
  const machine = suite.shared({ personality: name });
  let proc: AppProcess;

  it('shows the demo value in the tray within seconds of launch', async () => {
    const m = machine();
    proc = m.launch();
    const tray = await trayOf(proc);
    const snapshot = await waitFor('a demo reading', () => lastSnapshot(proc)?.current ?? null);
    expect(lastSnapshot(proc)?.demo).toBe(true);
    if (m.personality.platform === 'darwin') {
      // The value is the menu-bar title, next to the icon (tray.md setTitle).
      await waitFor('the title with the value', () =>
        // Out of range the title carries ANSI colour codes (a pill); the menu bar shows the text.
        plainTitle(tray.record.title).trimStart().startsWith(snapshot.display.value),
      );
    } else {
      const shown = await waitFor('a value icon', () => {
        const image = tray.shownImage();
        const snap = lastSnapshot(proc);
        return image &&
          snap &&
          iconMatchesModel(image, snap, m.personality.platform as 'win32' | 'linux')
          ? image
          : null;
      });
      expect(shown.width).toBeGreaterThan(0);
    }
    expect(tray.record.tooltip).toContain(snapshot.display.value);
  });

  it('opens the popover the way the desktop allows, with the same value, trend and age, inside the work area', async () => {
    const m = machine();
    const page = await openPopover(m, proc);
    const reading = await waitFor('a value in the popover', () => popoverReading(page));
    const current = lastSnapshot(proc)!.current!;
    expect(reading.value).toBe(current.display.value);
    expect(reading.arrow).toBe(current.display.arrow);
    expect(reading.age).toBe(current.display.age);
    const bounds = proc.popover()!.getBounds();
    expect(inside(bounds, m.personality.workArea), `popover ${JSON.stringify(bounds)}`).toBe(true);
    if (m.personality.trayHost !== 'app-indicator' && !m.personality.wayland) {
      // Next to the icon: within a popover's width of where the person clicked.
      expect(Math.abs(bounds.x + bounds.width / 2 - m.personality.iconAt.x)).toBeLessThan(
        bounds.width,
      );
    }
    await suite.picture(m, proc, 'glance');
  });
});

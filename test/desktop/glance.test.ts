// The glance, on every platform personality: with no account stored, the demo value reaches
// the tray within seconds.
import { describe, expect, it } from 'vitest';
import { ALL_PERSONALITIES } from './standin/personalities';
import { trayOf } from './person';
import { iconMatchesModel, lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();

describe.each(ALL_PERSONALITIES)('the glance on %s', (name) => {
  it('shows the demo value in the tray within seconds of launch', async () => {
    const m = suite.machine({ personality: name });
    const proc = m.launch();
    const tray = await trayOf(proc);
    const snapshot = await waitFor('a demo reading', () => lastSnapshot(proc)?.current ?? null);
    expect(lastSnapshot(proc)?.demo).toBe(true);
    if (m.personality.platform === 'darwin') {
      // The value is the menu-bar title, next to the icon (tray.md setTitle).
      await waitFor('the title with the value', () =>
        tray.record.title.startsWith(snapshot.display.value),
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
});

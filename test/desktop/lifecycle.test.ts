// The process around the glance: waking from sleep, a crashed renderer, a second launch,
// quitting, and starts that fail. Each runs the real built app on one personality (the rules
// involved are the same on every platform).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the app process', () => {
  it('refreshes at once when the computer wakes from sleep (linux-x11)', async () => {
    const m = suite.machine({ personality: 'linux-x11' });
    const proc = m.launch();
    await waitFor('a demo reading', () => lastSnapshot(proc)?.current);
    // Past the poller's minimum gap, with no poll due for a while (the next is a minute out).
    await pause(6_000);
    const before = m.network.requests.length;
    m.suspendAndResume();
    await waitFor('a request after resume', () => m.network.requests.length > before, 12_000);
  });

  it('shows a visible state when the settings cannot be read (win32-100)', async () => {
    const m = suite.machine({ personality: 'win32-100' });
    // A folder where the settings file should be: every read fails (EISDIR).
    const settings = join(m.pathsFor().userData, 'settings.json');
    rmSync(settings, { force: true });
    mkdirSync(settings, { recursive: true });
    const proc = m.launch();
    await pause(3_000);
    const visible =
      m.desktop.dialogs.length > 0 || proc.popover()?.isVisible() === true || proc.tray() !== null;
    expect(visible, `an invisible process: ${proc.stderr.slice(-3).join(' | ')}`).toBe(true);
    await suite.picture(m, proc, 'unreadable-settings');
  });
});

// The process around the glance: waking from sleep, a crashed renderer, a second launch,
// quitting, and starts that fail. Each runs the real built app on one personality (the rules
// involved are the same on every platform).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../main/core/history';
import { systemClock } from '../../main/core/ports';
import { PUSH, type Snapshot } from '../../preload/contract';
import { openPopover, popoverReading, trayOf } from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
const quietLogger = { debug() {}, info() {}, warn() {}, error() {} };
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

  it('reloads the popover when its renderer crashes (win32-150)', async () => {
    const m = suite.machine({ personality: 'win32-150' });
    const proc = m.launch();
    const page = await openPopover(m, proc);
    await waitFor('a value', () => popoverReading(page));
    const cdp = await page.context().newCDPSession(page);
    // Page.crash never answers: the renderer it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    const win = proc.popover()!;
    await waitFor('the crash to be noticed', () => win.webContents.crashed);
    const reloaded = await waitFor(
      'a reloaded popover',
      () => !win.webContents.crashed && win.webContents.page,
      8_000,
    );
    await reloaded.waitForSelector('.app', { timeout: 8_000 });
    await waitFor('the value again', () => popoverReading(reloaded));
    await suite.picture(m, proc, 'after-renderer-crash');
  });

  it('opens the first instance’s popover when Glucobar is launched again (win32-125)', async () => {
    const m = suite.machine({ personality: 'win32-125' });
    const first = m.launch();
    await trayOf(first);
    await waitFor('a demo reading', () => lastSnapshot(first)?.current);
    const second = m.launch();
    await waitFor('the second launch to end', () => !second.alive());
    await waitFor('the first instance’s popover', () => first.popover()?.isVisible());
    expect(m.alive()).toEqual([first]);
    await suite.picture(m, first, 'second-launch');
  });

  it('saves the readings it still holds when quit, after the disk refused them once (linux-x11)', async () => {
    const m = suite.machine({ personality: 'linux-x11' });
    // The history write of the first readings fails (EBUSY); they wait in memory for a retry.
    m.diskLatencyMs = 40;
    m.diskBusy = true;
    const proc = m.launch();
    const tray = await trayOf(proc);
    const win = await waitFor('the popover window', () => proc.popover());
    let shown: Snapshot | null = null;
    // The disk recovers and the person chooses Quit as the first readings reach the popover.
    win.webContents.sent.push = function (this: typeof win.webContents.sent, ...items) {
      const message = items[0];
      if (!shown && message?.channel === PUSH.snapshot && (message.payload as Snapshot).current) {
        shown = message.payload as Snapshot;
        m.diskBusy = false;
        tray.rightClick();
        m.desktop.chooseMenuItem('quit');
      }
      return Array.prototype.push.apply(this, items);
    };
    await waitFor('the process to end', () => !proc.alive(), 15_000);
    const snapshot = shown as Snapshot | null;
    expect(snapshot).not.toBeNull();
    const historyDir = join(m.pathsFor().userData, 'demo-history');
    const history = openHistory({ dir: historyDir, clock: systemClock, logger: quietLogger });
    try {
      const latest = await history.latest(snapshot!.selectedPatientId ?? '');
      expect(
        latest?.time,
        `the reading shown at quit (on disk: ${existsSync(historyDir) ? readdirSync(historyDir).join(', ') : 'no history folder'})`,
      ).toBe(snapshot!.current!.time);
    } finally {
      await history.close();
    }
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

// The packaged app doubles as the `glucobar` command (#13, core/command): started with `--cli`
// (the installed shim) or a bare command name (the deb's /usr/bin/glucobar link), the real
// built app runs the command and exits, before and without the single-instance lock, so a
// status bar calling it every minute never opens the running app's popover.
import { describe, expect, it } from 'vitest';
import { trayOf } from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();

describe('the app as the glucobar command (linux-x11)', () => {
  it('answers status --json, exits with its status and leaves the running app alone', async () => {
    const m = suite.machine({ personality: 'linux-x11' });
    const app = m.launch();
    await trayOf(app);
    await waitFor('a demo reading', () => lastSnapshot(app)?.current);

    const status = m.launch(['--cli', 'status', '--json', '--demo', '--direct']);
    await status.whenExited();
    expect(status.exitCode, status.stderr.join('\n')).toBe(0);
    const answer = JSON.parse(status.stdout.join('\n')) as { source: string; value: unknown };
    expect(answer.source).toBe('direct');
    expect(answer.value).not.toBeNull();
    expect(status.windows.size + status.trays.size).toBe(0);

    const bare = m.launch(['status', '--units', 'furlongs']);
    await bare.whenExited();
    expect(bare.exitCode).toBe(2);
    expect(bare.stderr.join('\n')).toContain('--units must be mg/dL or mmol/L');

    // The app kept its lock and was not asked to show its popover (a second launch would).
    expect(m.alive()).toEqual([app]);
    expect(app.popover()?.isVisible() ?? false).toBe(false);
  });
});

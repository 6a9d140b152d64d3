// Where the app meets the OS around the popover: refused notifications, the save dialog, the
// application menu, the login item, the AppImage sandbox fallback, a start that fails, and the
// window's colour before its page paints. Each runs the real built app on the personality
// whose rule is involved (standin/system.ts, app.ts, browser-window.ts, node-views.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RendererApi, SettingsPatch } from '../../preload/contract';
import { ENGLISH_WORDS } from '../../common/i18n/translate';
import { noticeText } from '../../main/core/snapshot/notice-words';
import { NOTIFICATIONS_BLOCKED_NOTICE } from '../../main/core/window/notification-fallback';
import { POPOVER_BACKGROUND } from '../../main/core/window/popover-background';
import { lastSettings, openPopover, shownNotices, trayOf } from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Thresholds that the value `mgdl` crosses, so the next reading raises an alarm. */
function alarmFor(mgdl: number): SettingsPatch {
  return mgdl < 150
    ? { alarms: { low: { enabled: true, threshold: 150 } } }
    : { alarms: { high: { enabled: true, threshold: 120 } } };
}

describe('the app and the OS', () => {
  it('macOS, unsigned build: an alarm the OS refuses becomes a notice and opens the popover', async () => {
    const m = suite.machine({ personality: 'darwin', signed: false });
    const proc = m.launch();
    const page = await openPopover(m, proc);
    const snapshot = await waitFor('a demo reading', () => lastSnapshot(proc)?.current);
    const saved = await page.evaluate(
      (patch) => (window as unknown as { glucobar: RendererApi }).glucobar.updateSettings(patch),
      alarmFor(snapshot.mgdl),
    );
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    (await trayOf(proc)).click();
    const win = proc.popover()!;
    await waitFor('the popover to close', () => !win.isVisible());

    // Five minutes later a new reading crosses the threshold; nobody clicks anything.
    m.suspendAndResume(5 * 60_000);
    await waitFor('the popover to open by itself', () => win.isVisible(), 15_000);
    const notices = await waitFor('the alarm notice', async () => {
      const list = await shownNotices(await win.page());
      return list.some((n) => n.startsWith('Alarm at')) && list;
    });
    expect(notices).toContain(noticeText(NOTIFICATIONS_BLOCKED_NOTICE, ENGLISH_WORDS));
    expect(m.desktop.notifications, 'nothing reached the notification centre').toEqual([]);
    await suite.picture(m, proc, 'alarm-notification-refused');
  });

  it('Windows: the export dialog belongs to the popover, which stays open behind it', async () => {
    const m = suite.machine({ personality: 'win32-100' });
    const proc = m.launch();
    const page = await openPopover(m, proc);
    const patientId = await waitFor(
      'a demo reading',
      () => lastSnapshot(proc)?.current && lastSnapshot(proc)?.selectedPatientId,
    );
    const target = join(m.root, 'export.csv');
    m.desktop.saveDialogAnswer = target;
    const outcome = await page.evaluate(
      (patientId) =>
        (window as unknown as { glucobar: RendererApi }).glucobar.exportHistory({
          patientId,
          span: '24h',
          format: 'csv',
        }),
      patientId,
    );
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    expect(m.desktop.dialogs.map((d) => [d.kind, d.hasParent])).toEqual([['save', true]]);
    expect(proc.popover()!.isVisible(), 'the popover after the dialog').toBe(true);
    expect(existsSync(target)).toBe(true);
  });

  it('no default application menu: none on Windows and Linux, edit roles and Quit on macOS', async () => {
    const win = suite.machine({ personality: 'win32-150' });
    const mac = suite.machine({ personality: 'darwin' });
    const onWindows = win.launch();
    const onMac = mac.launch();
    await trayOf(onWindows);
    await trayOf(onMac);
    expect(onWindows.applicationMenu.menu, 'Windows application menu').toBeNull();
    const macMenu = onMac.applicationMenu.menu;
    expect(macMenu, 'macOS application menu').toBeTruthy();
    const roles = macMenu!.items.flatMap((item) => item.submenu?.items ?? []).map((i) => i.role);
    expect(roles).toContain('paste');
    for (const forbidden of ['reload', 'forceReload', 'close', 'toggleDevTools']) {
      expect(roles).not.toContain(forbidden);
    }
  });

  it('reads launch at login back from the OS: Windows login items and the Linux autostart file', async () => {
    const win = suite.machine({ personality: 'win32-125' });
    win.loginItems.openAtLogin = true;
    const linux = suite.machine({ personality: 'linux-x11' });
    const autostart = join(linux.env.XDG_CONFIG_HOME!, 'autostart');
    mkdirSync(autostart, { recursive: true });
    writeFileSync(join(autostart, 'glucobar.desktop'), '[Desktop Entry]\nType=Application\n');
    const onWindows = win.launch();
    const onLinux = linux.launch();
    await waitFor('Windows: the setting ticked', () => lastSettings(onWindows)?.launchAtLogin);
    await waitFor('Linux: the setting ticked', () => lastSettings(onLinux)?.launchAtLogin);
  });

  it('Linux AppImage where user namespaces are restricted: runs without the sandbox and says so', async () => {
    const m = suite.machine({ personality: 'linux-appindicator' });
    // electron-builder.yml: AppRun adds --no-sandbox only where `unshare -Ur true` fails.
    const proc = m.launch(['--no-sandbox']);
    await waitFor('the sandbox notice', () =>
      lastSnapshot(proc)?.notices.some((n) => n.includes('without Chromium’s sandbox')),
    );
    const page = await openPopover(m, proc);
    expect((await shownNotices(page)).join(' ')).toContain('.deb package');
    await suite.picture(m, proc, 'appimage-no-sandbox');
  });

  it('a start that fails before the tray exists shows a dialog, ends and frees the next launch (win32-100)', async () => {
    const m = suite.machine({ personality: 'win32-100' });
    m.listenRefused = true;
    const failing = m.launch();
    await waitFor('the failing process to end', () => !failing.alive(), 10_000);
    expect(m.desktop.dialogs.map((d) => [d.kind, d.options.title])).toEqual([
      ['error', 'Glucobar could not start'],
    ]);
    expect(m.lockHolder).toBeNull();
    m.listenRefused = false;
    const next = m.launch();
    await trayOf(next);
    expect(next.alive()).toBe(true);
  });

  it('Windows, dark theme, a click before the first paint: the window shows the page colour, not white', async () => {
    const m = suite.machine({ personality: 'win32-125' });
    m.desktop.appTheme = 'dark';
    m.rendererColdStartMs = 1_500;
    const proc = m.launch();
    const tray = await trayOf(proc);
    tray.click();
    const win = await waitFor('the popover', () => proc.popover()?.isVisible() && proc.popover());
    await pause(50);
    expect(win.shownBeforePaint.length, 'shown before the first paint').toBeGreaterThan(0);
    expect(win.shownBeforePaint).toEqual(win.shownBeforePaint.map(() => POPOVER_BACKGROUND.dark));
    const page = await win.page();
    await page.waitForSelector('.app', { timeout: 10_000 });
    const painted = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(painted).toBe('rgb(28, 31, 36)');
    await suite.picture(m, proc, 'dark-first-paint');
  });
});

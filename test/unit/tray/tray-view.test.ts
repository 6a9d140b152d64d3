import { describe, expect, it, vi } from 'vitest';
import {
  runTrayAction,
  trayViewFor,
  type TrayActionTargets,
} from '../../../main/core/tray/tray-view';
import { makeSnapshot } from '../../helpers/snapshots';

function targets() {
  return {
    selectPatient: vi.fn(async () => {}),
    updateSettings: vi.fn(async () => ({})),
    refreshNow: vi.fn(),
    openPopover: vi.fn(),
    pauseAlarms: vi.fn(),
    resumeAlarms: vi.fn(),
    acceptUpdate: vi.fn(),
    installCommand: vi.fn(async () => {}),
    quit: vi.fn(),
  } satisfies TrayActionTargets;
}

describe('tray view', () => {
  it('builds a macOS title from the snapshot and a value icon elsewhere', () => {
    const snapshot = makeSnapshot();
    const mac = trayViewFor(snapshot, 'darwin');
    expect(mac.model.title).toContain(snapshot.current!.display.value);
    const win = trayViewFor(snapshot, 'win32');
    expect(win.model.title).toBeNull();
    expect(win.model.icon.kind).toBe('value');
    expect(win.menu.some((item) => item.action?.kind === 'quit')).toBe(true);
  });

  it('offers the snapshot’s update in the menu', () => {
    const update = { label: 'Update ready — restart', action: 'restart' as const };
    const menu = trayViewFor(makeSnapshot({ update }), 'linux').menu;
    expect(menu[0]).toMatchObject({ label: update.label, action: { kind: 'acceptUpdate' } });
  });

  it('menu actions reach their targets', async () => {
    const t = targets();
    await runTrayAction({ kind: 'selectPatient', patientId: 'p2' }, t);
    await runTrayAction({ kind: 'setUnits', units: 'mmol/L' }, t);
    await runTrayAction({ kind: 'pauseAlarms', minutes: 30 }, t);
    await runTrayAction({ kind: 'pauseAlarms', minutes: null }, t);
    await runTrayAction({ kind: 'setLaunchAtLogin', enabled: true }, t);
    await runTrayAction({ kind: 'acceptUpdate' }, t);
    await runTrayAction({ kind: 'installCommand' }, t);
    await runTrayAction({ kind: 'quit' }, t);
    const setMiniView = vi.fn();
    await runTrayAction({ kind: 'toggleMiniView', open: true }, { ...t, setMiniView });
    await runTrayAction({ kind: 'toggleMiniView', open: false }, { ...t, setMiniView });
    expect(setMiniView.mock.calls).toEqual([[true], [false]]);
    expect(t.selectPatient).toHaveBeenCalledWith('p2');
    expect(t.updateSettings).toHaveBeenCalledWith({ units: 'mmol/L' });
    expect(t.updateSettings).toHaveBeenCalledWith({ launchAtLogin: true });
    expect(t.pauseAlarms).toHaveBeenNthCalledWith(1, 30);
    expect(t.pauseAlarms.mock.calls[1]![0]).toBeGreaterThan(24 * 60);
    expect(t.acceptUpdate).toHaveBeenCalledOnce();
    expect(t.installCommand).toHaveBeenCalledOnce();
    expect(t.quit).toHaveBeenCalledOnce();
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildTrayMenu,
  type MenuItemModel,
  type TrayMenuInput,
} from '../../../main/core/tray/tray-menu';
import { miniMenuLabel } from '../../../main/core/window/mini-words';
import { patient } from './fixtures';

const NOW = Date.UTC(2025, 0, 15, 12, 0);

function menuInput(overrides: Partial<TrayMenuInput> = {}): TrayMenuInput {
  return {
    patients: [
      patient('p1', 'Ada', { selected: true }),
      patient('p2', 'Grace', { value: '5.6', stale: true }),
    ],
    units: 'mg/dL',
    launchAtLogin: false,
    alarmsPausedUntil: null,
    now: NOW,
    privacy: false,
    canRefresh: true,
    update: null,
    ...overrides,
  };
}

function find(items: MenuItemModel[], id: string): MenuItemModel {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && find(item.submenu, id);
    if (inner) return inner;
  }
  return undefined as never;
}

describe('buildTrayMenu', () => {
  it('lists patients as radio items, then actions, then quit last', () => {
    const menu = buildTrayMenu(menuInput());
    expect(menu.map((i) => i.id)).toEqual([
      'patient:p1',
      'patient:p2',
      'separator:patients',
      'open',
      'refresh',
      'separator:actions',
      'units',
      'alarms:pause',
      'launch-at-login',
      'install-command',
      'separator:quit',
      'quit',
    ]);
    expect(menu.filter((i) => i.type === 'separator').every((i) => i.action === null)).toBe(true);
  });

  it('marks the patient the tray shows, with latest values (old ones flagged)', () => {
    const menu = buildTrayMenu(menuInput());
    expect(find(menu, 'patient:p1')).toMatchObject({
      type: 'radio',
      checked: true,
      label: 'Ada — 131',
    });
    expect(find(menu, 'patient:p2')).toMatchObject({
      type: 'radio',
      checked: false,
      label: 'Grace — 5.6 (old)',
      action: { kind: 'selectPatient', patientId: 'p2' },
    });
  });

  it('privacy mode: initials instead of names, no values, no "(old)"', () => {
    const menu = buildTrayMenu(menuInput({ privacy: true }));
    expect(find(menu, 'patient:p1').label).toBe('A.');
    expect(find(menu, 'patient:p2').label).toBe('G.');
    const text = JSON.stringify(menu.map((i) => i.label));
    expect(text).not.toMatch(/131|5\.6|Ada|Grace|old/);
  });

  it('privacy mode: two people with the same initials stay distinguishable', () => {
    const patients = [
      patient('p1', 'Ada Lovelace', { selected: true }),
      patient('p2', 'Alan Lee'),
      patient('p3', 'Grace Hopper'),
    ];
    const menu = buildTrayMenu(menuInput({ patients, privacy: true }));
    expect(['p1', 'p2', 'p3'].map((id) => find(menu, `patient:${id}`).label)).toEqual([
      'A. L.',
      'A. L. (2)',
      'G. H.',
    ]);
    expect(find(menu, 'patient:p2').action).toEqual({ kind: 'selectPatient', patientId: 'p2' });
  });

  it('leaves out the patient section when there is nobody to follow', () => {
    const menu = buildTrayMenu(menuInput({ patients: [] }));
    expect(menu[0]!.id).toBe('open');
  });

  it('offers the three unit choices as radios with the current one checked', () => {
    for (const units of ['mg/dL', 'mmol/L', 'both'] as const) {
      const submenu = find(buildTrayMenu(menuInput({ units })), 'units').submenu!;
      expect(submenu.map((i) => i.label)).toEqual(['mg/dL', 'mmol/L', 'Both']);
      expect(submenu.filter((i) => i.checked).map((i) => i.action)).toEqual([
        { kind: 'setUnits', units },
      ]);
      expect(submenu.every((i) => i.type === 'radio')).toBe(true);
    }
  });

  it('offers pause durations while alarms run', () => {
    const pause = find(buildTrayMenu(menuInput()), 'alarms:pause');
    expect(pause.type).toBe('submenu');
    expect(pause.submenu!.map((i) => [i.label, i.action])).toEqual([
      ['For 30 minutes', { kind: 'pauseAlarms', minutes: 30 }],
      ['For 1 hour', { kind: 'pauseAlarms', minutes: 60 }],
      ['For 2 hours', { kind: 'pauseAlarms', minutes: 120 }],
      ['Until I resume', { kind: 'pauseAlarms', minutes: null }],
    ]);
    // A pause that has already ended counts as running.
    const ended = buildTrayMenu(menuInput({ alarmsPausedUntil: NOW - 1 }));
    expect(find(ended, 'alarms:pause')).toBeDefined();
  });

  it('offers Resume with the time left while paused', () => {
    const cases: Array<[number, string]> = [
      [25 * 60_000, 'Resume alarms (25 min left)'],
      [90 * 60_000, 'Resume alarms (1 h 30 min left)'],
      [120 * 60_000, 'Resume alarms (2 h left)'],
      [30_000, 'Resume alarms (1 min left)'],
      [10 * 24 * 3_600_000, 'Resume alarms'],
    ];
    for (const [left, label] of cases) {
      const menu = buildTrayMenu(menuInput({ alarmsPausedUntil: NOW + left }));
      expect(find(menu, 'alarms:pause')).toBeUndefined();
      expect(find(menu, 'alarms:resume')).toMatchObject({
        label,
        action: { kind: 'resumeAlarms' },
      });
    }
  });

  it('reflects launch at login as a checkbox whose click flips it', () => {
    for (const launchAtLogin of [false, true]) {
      const item = find(buildTrayMenu(menuInput({ launchAtLogin })), 'launch-at-login');
      expect(item).toMatchObject({
        type: 'checkbox',
        checked: launchAtLogin,
        action: { kind: 'setLaunchAtLogin', enabled: !launchAtLogin },
      });
    }
  });

  it('offers the mini view as a checkbox after Open, saying what the desktop does not allow', () => {
    expect(buildTrayMenu(menuInput()).some((item) => item.id === 'mini-view')).toBe(false);
    for (const open of [false, true]) {
      const menu = buildTrayMenu(menuInput({ miniView: { open, limit: null } }));
      expect(menu.map((i) => i.id).slice(3, 5)).toEqual(['open', 'mini-view']);
      expect(find(menu, 'mini-view')).toMatchObject({
        type: 'checkbox',
        label: 'Mini view',
        checked: open,
        action: { kind: 'toggleMiniView', open: !open },
      });
    }
    expect(miniMenuLabel(null)).toBe('Mini view');
    expect(miniMenuLabel('waylandNoOnTop')).toBe('Mini view (Wayland cannot keep it on top)');
    expect(miniMenuLabel('fullScreenCovers')).toMatch(/full-screen apps cover it/);
  });

  it('disables Refresh now when it cannot do anything', () => {
    expect(find(buildTrayMenu(menuInput({ canRefresh: false })), 'refresh').enabled).toBe(false);
    expect(find(buildTrayMenu(menuInput()), 'refresh').enabled).toBe(true);
  });

  it('puts the update offer first, clickable only when there is something to do', () => {
    expect(buildTrayMenu(menuInput()).some((item) => item.id === 'update')).toBe(false);
    const ready = buildTrayMenu(
      menuInput({ update: { label: 'Update ready — restart', action: 'restart' } }),
    );
    expect(ready[0]).toMatchObject({
      id: 'update',
      label: 'Update ready — restart',
      enabled: true,
      action: { kind: 'acceptUpdate' },
    });
    expect(ready[1]!.type).toBe('separator');
    const waiting = buildTrayMenu(
      menuInput({
        update: { label: 'Update ready — restarts when the alarm is over', action: null },
      }),
    );
    expect(waiting[0]).toMatchObject({ id: 'update', enabled: false });
  });

  it('is plain data: serialisable and equal for equal input', () => {
    const a = buildTrayMenu(menuInput());
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(buildTrayMenu(menuInput())).toEqual(a);
  });
});

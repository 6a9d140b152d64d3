import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  nativeTheme: {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
    on: vi.fn(),
  },
}));
vi.mock('electron', () => ({ nativeTheme: fake.nativeTheme }));
const { taskbarTheme } = await import('../../../main/adapters/taskbar-theme');

beforeEach(() => {
  fake.nativeTheme.shouldUseDarkColors = false;
  fake.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
});

describe('taskbar theme (the panel, not the apps)', () => {
  it('GNOME and Ubuntu: the top bar is dark even with a light app theme', () => {
    for (const desktop of ['GNOME', 'ubuntu:GNOME', 'Unity']) {
      expect(taskbarTheme('linux', desktop)).toBe('dark');
    }
  });

  it('other Linux desktops follow the desktop theme', () => {
    expect(taskbarTheme('linux', 'KDE')).toBe('light');
    fake.nativeTheme.shouldUseDarkColors = true;
    expect(taskbarTheme('linux', 'KDE')).toBe('dark');
  });

  it('Windows follows "Windows mode", not "app mode"', () => {
    fake.nativeTheme.shouldUseDarkColors = true;
    expect(taskbarTheme('win32', '')).toBe('light');
    fake.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true;
    expect(taskbarTheme('win32', '')).toBe('dark');
  });
});

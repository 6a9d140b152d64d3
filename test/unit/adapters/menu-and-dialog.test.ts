// The application menu (no reload/close shortcuts in the popover) and the export dialog
// (owned by the popover).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  Menu: {
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  },
  dialog: {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: false,
      filePath: '' as string | undefined,
    })),
  },
}));

vi.mock('electron', () => ({ Menu: fake.Menu, dialog: fake.dialog }));

const { installAppMenu } = await import('../../../main/adapters/app-menu');
const { createSaveWithDialog } = await import('../../../main/adapters/save-dialog');

beforeEach(() => vi.clearAllMocks());

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('Windows and Linux: none, so no default reload/close/devtools accelerators', () => {
    installAppMenu('win32');
    installAppMenu('linux');
    expect(fake.Menu.setApplicationMenu.mock.calls).toEqual([[null], [null]]);
  });

  it('macOS: only the edit roles text fields need, and quit', () => {
    installAppMenu('darwin');
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const all = roles(template);
    expect(all).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'quit']));
    for (const risky of ['reload', 'forceReload', 'close', 'toggleDevTools', 'viewMenu']) {
      expect(all).not.toContain(risky);
    }
  });
});

describe('save dialog', () => {
  it('is owned by the popover window and writes the chosen file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glucobar-save-'));
    const target = join(dir, 'export.csv');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const popoverWindow = { id: 'popover' };
    const withParent = vi.fn(async (run: (parent: never) => Promise<unknown>) =>
      run(popoverWindow as never),
    );
    const save = createSaveWithDialog(withParent as never);
    expect(await save('glucobar.csv', 'a,b\n')).toBe(target);
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(popoverWindow, {
      defaultPath: 'glucobar.csv',
    });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns null when the person cancels', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    const save = createSaveWithDialog((async (run: (p: never) => Promise<unknown>) =>
      run({} as never)) as never);
    expect(await save('x.csv', '')).toBeNull();
  });
});

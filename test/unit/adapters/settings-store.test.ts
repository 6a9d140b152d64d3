import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';
import { defaultSettings } from '../../../main/core/settings/schema';
import { SETTINGS_VERSION } from '../../../main/core/settings/migrate';
import { createSettingsService } from '../../../main/core/settings/settings-service';

const fake = vi.hoisted(() => ({
  ipcMain: { removeAllListeners: vi.fn() } satisfies Pick<IpcMain, 'removeAllListeners'>,
  app: { getPath: vi.fn(() => '/nonexistent/userData') },
}));

vi.mock('electron', () => ({ app: fake.app, ipcMain: fake.ipcMain }));
// electron-store itself imports the real electron; stand in with the `conf` it wraps, mapped
// the way electron-store maps its options (name -> configName).
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown> & { name?: string }) {
      const { name, ...rest } = options;
      super({ ...rest, configName: name ?? 'config' });
    }
  }
  return { default: ElectronStoreStandIn };
});

const { createElectronSettingsStore } = await import('../../../main/adapters/settings-store');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glucobar-settings-'));
  made.push(dir);
  return dir;
}

describe('electron settings store', () => {
  it('writes and reads the document as JSON in <dir>/settings.json', async () => {
    const directory = tempDir();
    const store = createElectronSettingsStore({ directory });
    await store.write({ version: 2, unitsSource: 'user', settings: defaultSettings() });
    const onDisk = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'));
    expect(onDisk).toMatchObject({ version: 2, unitsSource: 'user' });
    expect(await store.read()).toMatchObject({ version: 2, unitsSource: 'user' });
    expect(fake.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });

  it('rejects on a damaged file instead of emptying it', async () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'settings.json'), '{"version": 2, "settings": ');
    const store = createElectronSettingsStore({ directory });
    await expect(store.read()).rejects.toThrow();
    expect(readFileSync(join(directory, 'settings.json'), 'utf8')).toBe(
      '{"version": 2, "settings": ',
    );
  });

  it('backs the damaged bytes up unchanged, and can start over after clear', async () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'settings.json'), 'garbage \u0000 bytes');
    const store = createElectronSettingsStore({ directory });
    const where = await store.backup();
    expect(where.startsWith(join(directory, 'settings.json.damaged-'))).toBe(true);
    expect(readFileSync(where, 'utf8')).toBe('garbage \u0000 bytes');
    await store.clear();
    expect(existsSync(join(directory, 'settings.json'))).toBe(false);
    await store.write({ version: 2 });
    expect(await store.read()).toEqual({ version: 2 });
  });

  it('with the settings service: a damaged file becomes defaults plus a kept copy', async () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'settings.json'), '{ definitely not json');
    const service = createSettingsService(createElectronSettingsStore({ directory }), silentLogger);
    const { settings, notice } = await service.load();
    expect(settings).toEqual(defaultSettings());
    const copies = readdirSync(directory).filter((f) => f.includes('.damaged-'));
    expect(copies).toHaveLength(1);
    expect(notice?.params?.['path']).toBe(join(directory, copies[0] ?? ''));
    expect(readFileSync(join(directory, copies[0] ?? ''), 'utf8')).toBe('{ definitely not json');
    const fresh = JSON.parse(readFileSync(join(directory, 'settings.json'), 'utf8'));
    expect(fresh).toMatchObject({ version: SETTINGS_VERSION, settings: defaultSettings() });
  });
});

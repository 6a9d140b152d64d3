import { constants } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { app, ipcMain } from 'electron';
import Store from 'electron-store';
import type { SettingsStore } from '../core/ports';

/**
 * The settings file through electron-store (atomic writes). Every decision about a broken
 * file belongs to the settings service: `clearInvalidConfig: false` makes electron-store
 * throw instead of silently emptying it, and `read` passes that on. The Store is opened
 * lazily because its constructor already reads (and throws on) a damaged file.
 */
export function createElectronSettingsStore(
  options: { directory?: string; name?: string } = {},
): SettingsStore {
  const directory = options.directory ?? app.getPath('userData');
  const name = options.name ?? 'settings';
  const filePath = resolve(directory, `${name}.json`);
  let store: Store<Record<string, unknown>> | null = null;

  function open(): Store<Record<string, unknown>> {
    if (store === null) {
      store = new Store<Record<string, unknown>>({
        cwd: directory,
        name,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        watch: false,
      });
      // electron-store registers a sendSync channel that hands any renderer the userData path
      // and app version; our renderer never needs it, so it is removed again.
      ipcMain.removeAllListeners('electron-store-get-data');
    }
    return store;
  }

  return {
    async read() {
      return open().store;
    },
    async write(value) {
      open().store = value as Record<string, unknown>;
    },
    async clear() {
      store = null;
      await rm(filePath, { force: true });
    },
    async backup() {
      const target = `${filePath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(filePath, target, constants.COPYFILE_EXCL);
      return target;
    },
  };
}

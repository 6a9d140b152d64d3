// An in-memory SettingsStore that behaves like the file: it holds raw text, so tests can put
// a damaged file in it, and `backup` copies that text unchanged.
import type { SettingsStore } from '../../../main/core/ports';

export interface MemorySettingsStore extends SettingsStore {
  /** The stored text, exactly as a file would hold it; undefined = no file. */
  text: string | undefined;
  backups: Map<string, string>;
  writes: number;
  failWrites: boolean;
  failBackup: boolean;
}

export function memorySettingsStore(initialText?: string): MemorySettingsStore {
  const store: MemorySettingsStore = {
    text: initialText,
    backups: new Map(),
    writes: 0,
    failWrites: false,
    failBackup: false,
    async read() {
      return store.text === undefined ? undefined : (JSON.parse(store.text) as unknown);
    },
    async write(value) {
      if (store.failWrites) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      store.writes += 1;
      store.text = JSON.stringify(value);
    },
    async clear() {
      store.text = undefined;
    },
    async backup() {
      if (store.failBackup || store.text === undefined) throw new Error('EACCES');
      const where = `/config/settings.json.damaged-${store.backups.size + 1}`;
      store.backups.set(where, store.text);
      return where;
    },
  };
  return store;
}

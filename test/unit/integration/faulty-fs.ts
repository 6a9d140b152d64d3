// The history's real file system with switchable failures: a full disk, and a write torn
// half-way as if the process had been killed in the middle of it.
import { appendFile } from 'node:fs/promises';
import { createNodeHistoryFs, type HistoryFs } from '../../../main/core/history';

export interface FaultyFs extends HistoryFs {
  /** While true, every write fails with ENOSPC (nothing is written). */
  full: boolean;
  /** Arms a torn write: the next append writes only part of its data, then fails. */
  tearNextAppend(): void;
  /** The file of the torn append, once it happened. */
  tornFile: string | null;
}

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated failure`), { code });
}

export function createFaultyFs(): FaultyFs {
  const real = createNodeHistoryFs();
  let armed = false;
  const fs: FaultyFs = {
    full: false,
    tornFile: null,
    tearNextAppend() {
      armed = true;
    },
    readdir: (dir) => real.readdir(dir),
    readFile: (path) => real.readFile(path),
    mkdir: (dir) => real.mkdir(dir),
    async append(path, data) {
      if (fs.full) throw fsError('ENOSPC');
      if (armed) {
        armed = false;
        fs.tornFile = path;
        // Part of the record reaches the disk; the rest never does.
        await appendFile(path, data.subarray(0, Math.max(1, Math.floor(data.length / 2))));
        throw fsError('EIO');
      }
      return real.append(path, data);
    },
    async replace(path, data) {
      if (fs.full) throw fsError('ENOSPC');
      return real.replace(path, data);
    },
    remove: (path) => real.remove(path),
  };
  return fs;
}

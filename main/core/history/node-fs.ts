import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HistoryFs } from './types';

/**
 * Makes a new directory entry durable. Linux and macOS allow fsync on a directory; Windows cannot
 * open one for writing (EISDIR/EPERM) and persists entries with the file, so failures are ignored.
 */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}

async function writeAll(path: string, flags: 'a' | 'w', data: Uint8Array): Promise<boolean> {
  const handle = await open(path, flags);
  try {
    const created = (await handle.stat()).size === 0;
    await handle.writeFile(data);
    await handle.datasync();
    return created;
  } finally {
    await handle.close();
  }
}

/** HistoryFs on node:fs, flushing every write so a power cut loses at most the write in flight. */
export function createNodeHistoryFs(): HistoryFs {
  return {
    readdir: (dir) => readdir(dir),
    readFile: (path) => readFile(path),
    mkdir: async (dir) => {
      await mkdir(dir, { recursive: true });
    },
    append: async (path, data) => {
      if (await writeAll(path, 'a', data)) await syncDir(dirname(path));
    },
    replace: async (path, data) => {
      const temp = `${path}.tmp`;
      try {
        await writeAll(temp, 'w', data);
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error;
      }
      await syncDir(dirname(path));
    },
    remove: async (path) => {
      try {
        await unlink(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
  };
}

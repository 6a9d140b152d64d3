import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { HistoryFs } from '../ports';

/** Readings are health data: readable by their owner only, like the CLI's token cache. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

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

async function writeAll(path: string, flags: 'a' | 'w' | 'wx', data: Uint8Array): Promise<boolean> {
  const handle = await open(path, flags, FILE_MODE);
  try {
    const created = (await handle.stat()).size === 0;
    await handle.writeFile(data);
    await handle.datasync();
    return created;
  } finally {
    await handle.close();
  }
}

/**
 * A temp name no other process or write uses: parallel `glucobar status` runs rewriting one day
 * once shared `<day>.bin.tmp`, and one's rename then failed on the file the other had moved.
 * The `.bin.` infix and `.tmp` suffix are what the loader recognises as a leftover.
 */
export function tempNameFor(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

const TEMP_NAME = /\.bin\.(?:(\d+)-[0-9a-f]+\.)?tmp$/;

/**
 * Whether a temp file was left behind by a process that has ended (a crash mid-rewrite). A
 * running process's temp file is about to be renamed and must not be deleted under it.
 */
export function isLeftoverTemp(name: string): boolean {
  const match = TEMP_NAME.exec(name);
  if (!match) return false;
  if (match[1] === undefined) return true;
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** HistoryFs on node:fs, flushing every write so a power cut loses at most the write in flight. */
export function createNodeHistoryFs(): HistoryFs {
  return {
    readdir: (dir) => readdir(dir),
    isLeftoverTemp,
    readFile: (path) => readFile(path),
    mkdir: async (dir) => {
      await mkdir(dir, { recursive: true, mode: DIR_MODE });
    },
    create: async (path, data) => {
      try {
        await writeAll(path, 'wx', data);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
      await syncDir(dirname(path));
      return true;
    },
    append: async (path, data) => {
      if (await writeAll(path, 'a', data)) await syncDir(dirname(path));
    },
    replace: async (path, data) => {
      const temp = tempNameFor(path);
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

/**
 * Parallel first runs (a status bar and a shell prompt starting together) must converge on one
 * LibreLinkUp login, not one each. The first run without a usable token takes
 * `<state-dir>/session.lock` (created exclusively) until it has written the new token; the
 * others wait for it, then read the fresh token. A lock left by a crashed run goes stale.
 */
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A login takes a few seconds; past this the holder is presumed gone (crashed, killed). */
const STALE_AFTER_MS = 30_000;
const POLL_MS = 100;

export interface LoginLock {
  /** Takes the lock; false when another run holds it (then call `waitForRelease`). */
  tryTake(): Promise<boolean>;
  /** Waits until the holder releases the lock or it goes stale. */
  waitForRelease(): Promise<void>;
  /** Releases the lock if this run holds it; safe to call more than once. */
  release(): Promise<void>;
}

export function createLoginLock(stateDir: string, now: () => number = Date.now): LoginLock {
  const path = join(stateDir, 'session.lock');
  let held = false;
  let token = '';

  async function isStale(): Promise<boolean> {
    try {
      return now() - (await stat(path)).mtimeMs > STALE_AFTER_MS;
    } catch {
      return true;
    }
  }

  return {
    async tryTake() {
      if (held) return true;
      token = `${process.pid}-${now()}-${Math.random()}`;
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          const handle = await open(path, 'wx', 0o600);
          await handle.writeFile(token);
          await handle.close();
          held = true;
          return true;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // The very first runs find no state dir: make it, so they too share one login.
          if (code === 'ENOENT' && (await makeStateDir(stateDir))) continue;
          // A state dir that cannot be written: no lock is possible, nor needed.
          if (code !== 'EEXIST') return true;
          if (!(await isStale())) return false;
          await rm(path, { force: true });
        }
      }
      return false;
    },
    async waitForRelease() {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        try {
          await stat(path);
        } catch {
          return;
        }
        if (await isStale()) return;
      }
    },
    async release() {
      if (!held) return;
      held = false;
      try {
        // Only our own lock: a stale takeover may have replaced it.
        if ((await readFile(path, 'utf8')) === token) await rm(path, { force: true });
      } catch {
        // already gone
      }
    },
  };
}

async function makeStateDir(stateDir: string): Promise<boolean> {
  try {
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    return true;
  } catch {
    return false;
  }
}

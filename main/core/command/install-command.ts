/**
 * Installs the `glucobar` shim: gathers the facts install-plan.ts decides from, then writes
 * the file whole (a temporary file renamed into place, mode 0755) or not at all. Node only,
 * no Electron, so it runs against real folders in tests.
 */
import { constants } from 'node:fs';
import {
  access,
  chmod,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
} from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { isOwnShim, shimFileName, UnsafeShimPathError, type ShimPlatform } from './command-shim';
import {
  candidateDirs,
  planInstall,
  type ExistingCommand,
  type InstallFacts,
} from './install-plan';

export interface InstallRequest {
  platform: ShimPlatform;
  /** The executable, then what goes before `--cli` (the app folder under `electron .`). */
  command: readonly string[];
  home: string;
  env: Record<string, string | undefined>;
  /**
   * Folders a terminal has on its PATH that this process's PATH lacks: an app started from the
   * macOS Finder gets launchd's short PATH, not the login shell's (see loginShellPathDirs).
   */
  shellPathDirs?: readonly string[];
}

export type InstallOutcome =
  | { kind: 'installed'; path: string; onPath: boolean; replacedOwn: boolean }
  | { kind: 'alreadyAvailable'; path: string }
  | { kind: 'conflict'; path: string }
  | { kind: 'failed'; path: string; code: string };

const pathApiOf = (platform: ShimPlatform) => (platform === 'win32' ? win32 : posix);

/** Names a command may have on the PATH (Windows looks for PATHEXT extensions). */
function commandNames(platform: ShimPlatform): string[] {
  return platform === 'win32' ? ['glucobar.cmd', 'glucobar.exe', 'glucobar.bat'] : ['glucobar'];
}

async function readHead(path: string): Promise<string | null> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(512);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

async function classify(path: string, executable: string): Promise<ExistingCommand['kind'] | null> {
  const head = await readHead(path);
  if (head === null) return null;
  if (isOwnShim(head)) return 'ownShim';
  return (await sameFile(path, executable)) ? 'thisApp' : 'other';
}

async function firstOnPath(request: InstallRequest, pathDirs: readonly string[]) {
  const path = pathApiOf(request.platform);
  for (const dir of pathDirs) {
    for (const name of commandNames(request.platform)) {
      const file = path.join(dir, name);
      const kind = await classify(file, request.command[0] ?? '');
      if (kind !== null) return { path: file, kind };
    }
  }
  return null;
}

/** Writable if it exists and may be written, or if its nearest existing parent may be. */
async function canWrite(dir: string, platform: ShimPlatform): Promise<boolean> {
  const path = pathApiOf(platform);
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      await access(current, constants.W_OK);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
      if (path.dirname(current) === current) return false;
    }
  }
}

export async function installCommand(request: InstallRequest): Promise<InstallOutcome> {
  const path = pathApiOf(request.platform);
  const delimiter = request.platform === 'win32' ? ';' : ':';
  const pathDirs = [
    ...(request.env.PATH ?? request.env.Path ?? '').split(delimiter),
    ...(request.shellPathDirs ?? []),
  ].filter((dir) => dir !== '');
  const base: Omit<InstallFacts, 'canWrite' | 'fileAt' | 'existing'> = {
    platform: request.platform,
    command: request.command,
    home: request.home,
    pathDirs,
    localAppData: request.env.LOCALAPPDATA ?? null,
  };
  // The planner is synchronous: ask the disk about every folder it may consider first.
  const { preferred, fallback } = candidateDirs(base);
  const dirs = [...new Set([...preferred, fallback])];
  const writable = new Map<string, boolean>();
  const files = new Map<string, 'none' | 'ownShim' | 'other'>();
  for (const dir of dirs) {
    writable.set(dir, await canWrite(dir, request.platform));
    const file = path.join(dir, shimFileName(request.platform));
    const kind = await classify(file, request.command[0] ?? '');
    // A link to this app that is not on the PATH is still someone's file: left alone.
    files.set(file, kind === null ? 'none' : kind === 'ownShim' ? 'ownShim' : 'other');
  }
  let plan;
  try {
    plan = planInstall({
      ...base,
      existing: await firstOnPath(request, pathDirs),
      canWrite: (dir) => writable.get(dir) ?? false,
      fileAt: (file) => files.get(file) ?? 'other',
    });
  } catch (error) {
    if (!(error instanceof UnsafeShimPathError)) throw error;
    return { kind: 'failed', path: request.command[0] ?? '', code: 'unsafe-path' };
  }
  if (plan.kind !== 'write') return plan;
  try {
    await writeWhole(plan.path, plan.text, request.platform);
  } catch (error) {
    return {
      kind: 'failed',
      path: plan.path,
      code: (error as NodeJS.ErrnoException).code ?? 'EIO',
    };
  }
  return { kind: 'installed', path: plan.path, onPath: plan.onPath, replacedOwn: plan.replacesOwn };
}

async function writeWhole(file: string, text: string, platform: ShimPlatform): Promise<void> {
  const path = pathApiOf(platform);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o755);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The umask may have taken the execute bits: the shim must run.
    if (platform !== 'win32') await chmod(temporary, 0o755);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * macOS: what a login shell adds to the PATH. path_helper(8) builds it from /etc/paths and
 * the files in /etc/paths.d (one folder per line); Homebrew on Apple silicon adds
 * /opt/homebrew/bin through `brew shellenv` in the shell profile, so it counts where it exists.
 */
export async function loginShellPathDirs(
  etc = '/etc',
  homebrew = '/opt/homebrew/bin',
): Promise<string[]> {
  const lines = async (file: string) =>
    (await readFile(file, 'utf8').catch(() => ''))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('/'));
  const dirs = await lines(posix.join(etc, 'paths'));
  const extra = await readdir(posix.join(etc, 'paths.d')).catch(() => [] as string[]);
  for (const name of extra.sort()) dirs.push(...(await lines(posix.join(etc, 'paths.d', name))));
  const hasHomebrew = await access(homebrew).then(
    () => true,
    () => false,
  );
  return hasHomebrew ? [...dirs, homebrew] : dirs;
}

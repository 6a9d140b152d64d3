/**
 * Where the `glucobar` shim goes and whether it may be written, decided from facts the adapter
 * gathers (main/adapters/command-install.ts). The rules, as editors that install a shell
 * command do it, without asking for administrator rights:
 * - never replace a file this app did not write (an `npm install -g` glucobar, anything else);
 * - a command that already runs this app (the deb's /usr/bin/glucobar link, or our own shim)
 *   is kept, our shim is rewritten so it follows the app when it moved;
 * - otherwise the first folder that is on the PATH and writable, else a folder in the home
 *   directory with a note that it is not on the PATH yet.
 */
import { posix, win32 } from 'node:path';
import { shimFileName, shimText, type ShimPlatform } from './command-shim';

/** What already answers to `glucobar` on the PATH, found by the adapter. */
export interface ExistingCommand {
  path: string;
  /** ownShim: our marked script; thisApp: resolves to this app's executable; other: anything. */
  kind: 'ownShim' | 'thisApp' | 'other';
}

export interface InstallFacts {
  platform: ShimPlatform;
  /** The executable, then what goes before `--cli` (the app folder under `electron .`). */
  command: readonly string[];
  home: string;
  /** The PATH, split. */
  pathDirs: readonly string[];
  /** %LOCALAPPDATA% on Windows. */
  localAppData: string | null;
  /** The first `glucobar` on the PATH, or null. */
  existing: ExistingCommand | null;
  /** The folder exists and can be written to, or does not exist and can be made. */
  canWrite(dir: string): boolean;
  /** What is at a path where the shim would go. */
  fileAt(path: string): 'none' | 'ownShim' | 'other';
}

export type InstallPlan =
  | { kind: 'write'; path: string; text: string; onPath: boolean; replacesOwn: boolean }
  | { kind: 'alreadyAvailable'; path: string }
  | { kind: 'conflict'; path: string };

function pathApi(platform: ShimPlatform) {
  return platform === 'win32' ? win32 : posix;
}

/** Folders in order of preference, and the one used when none of them is on the PATH. */
export function candidateDirs(facts: Pick<InstallFacts, 'platform' | 'home' | 'localAppData'>): {
  preferred: string[];
  fallback: string;
} {
  const path = pathApi(facts.platform);
  if (facts.platform === 'win32') {
    const local = facts.localAppData ?? path.join(facts.home, 'AppData', 'Local');
    // WindowsApps is on every user's PATH by default (it holds the app execution aliases).
    const own = path.join(local, 'Glucobar', 'bin');
    return { preferred: [path.join(local, 'Microsoft', 'WindowsApps'), own], fallback: own };
  }
  // ~/.local/bin: the XDG place for a user's commands; most Linux shells put it on the PATH
  // once it exists (at the next login).
  const local = path.join(facts.home, '.local', 'bin');
  const home = [local, path.join(facts.home, 'bin')];
  // macOS: the system PATH has /usr/local/bin, writable without sudo only where Homebrew
  // (Intel) owns it; /opt/homebrew/bin is Homebrew's on Apple silicon.
  const preferred =
    facts.platform === 'darwin' ? ['/usr/local/bin', '/opt/homebrew/bin', ...home] : home;
  return { preferred, fallback: local };
}

function sameDir(platform: ShimPlatform, a: string, b: string): boolean {
  const path = pathApi(platform);
  const norm = (dir: string) => path.normalize(dir).replace(/[\\/]+$/, '');
  return platform === 'win32'
    ? norm(a).toLowerCase() === norm(b).toLowerCase()
    : norm(a) === norm(b);
}

export function planInstall(facts: InstallFacts): InstallPlan {
  const text = shimText(facts.platform, facts.command);
  const existing = facts.existing;
  if (existing?.kind === 'thisApp') return { kind: 'alreadyAvailable', path: existing.path };
  if (existing?.kind === 'other') return { kind: 'conflict', path: existing.path };
  if (existing?.kind === 'ownShim')
    return { kind: 'write', path: existing.path, text, onPath: true, replacesOwn: true };
  const { preferred, fallback } = candidateDirs(facts);
  const onPath = (dir: string) => facts.pathDirs.some((p) => sameDir(facts.platform, p, dir));
  const chosen = preferred.find((dir) => onPath(dir) && facts.canWrite(dir));
  const path = pathApi(facts.platform).join(chosen ?? fallback, shimFileName(facts.platform));
  const there = facts.fileAt(path);
  // Not on the PATH yet but already taken (e.g. an npm install into ~/.local): leave it alone.
  if (there === 'other') return { kind: 'conflict', path };
  return {
    kind: 'write',
    path,
    text,
    onPath: chosen !== undefined,
    replacesOwn: there === 'ownShim',
  };
}

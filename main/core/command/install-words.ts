/** What the person is told after "Install the glucobar command…": what happened and what next. */
import { posix, win32 } from 'node:path';
import type { ShimPlatform } from './command-shim';
import type { InstallOutcome } from './install-command';

export interface InstallWords {
  /** warning: nothing usable was installed. */
  tone: 'info' | 'warning';
  message: string;
  detail: string;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  'unsafe-path': 'the app’s own path contains characters a command line cannot quote',
};

function addToPath(platform: ShimPlatform, dir: string): string {
  if (platform === 'win32')
    return `Add ${dir} to your user PATH (Settings → System → About → Advanced system settings → Environment Variables), then open a new terminal.`;
  return `Add it to your PATH, e.g. with this line in ~/.profile or ~/.zprofile:\nexport PATH="${dir}:$PATH"\nthen open a new terminal.`;
}

export function installWords(outcome: InstallOutcome, platform: ShimPlatform): InstallWords {
  const dirOf = platform === 'win32' ? win32.dirname : posix.dirname;
  switch (outcome.kind) {
    case 'installed':
      return outcome.onPath
        ? {
            tone: 'info',
            message: outcome.replacedOwn
              ? 'The glucobar command was updated'
              : 'The glucobar command is installed',
            detail: `Open a new terminal and type: glucobar status\n${outcome.path} runs this app’s own copy of the command.`,
          }
        : {
            tone: 'info',
            message: 'The glucobar command is installed, but not on your PATH yet',
            detail: `It is at ${outcome.path}.\n${addToPath(platform, dirOf(outcome.path))}`,
          };
    case 'alreadyAvailable':
      return {
        tone: 'info',
        message: 'The glucobar command is already available',
        detail: `${outcome.path} runs this app. Type glucobar status in a terminal.`,
      };
    case 'conflict':
      return {
        tone: 'warning',
        message: 'Another glucobar command is already installed',
        detail: `${outcome.path} was not installed by this app (perhaps with npm), so it was left alone. Remove it first if you want the command that comes with the app.`,
      };
    case 'failed':
      return {
        tone: 'warning',
        message: 'The glucobar command could not be installed',
        detail: `${outcome.path}: ${REASONS[outcome.code] ?? `the file could not be written (${outcome.code})`}. Nothing was changed.`,
      };
  }
}

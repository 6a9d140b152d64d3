/** What the person is told after "Install the glucobar command…": what happened and what next. */
import { posix, win32 } from 'node:path';
import { ENGLISH_WORDS, type MessageKey, type Translator } from '../../../common/i18n/translate';
import type { ShimPlatform } from './command-shim';
import type { InstallOutcome } from './install-command';

export interface InstallWords {
  /** warning: nothing usable was installed. */
  tone: 'info' | 'warning';
  message: string;
  detail: string;
}

const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: 'install.reasonPermission',
  EPERM: 'install.reasonPermission',
  EROFS: 'install.reasonReadOnly',
  ENOSPC: 'install.reasonFull',
  EDQUOT: 'install.reasonQuota',
  'unsafe-path': 'install.reasonUnsafePath',
};

function addToPath(platform: ShimPlatform, dir: string, i18n: Translator): string {
  return i18n.t(platform === 'win32' ? 'install.addToPathWindows' : 'install.addToPathPosix', {
    dir,
  });
}

/** In the language of the snapshot the menu was chosen from (English by default). */
export function installWords(
  outcome: InstallOutcome,
  platform: ShimPlatform,
  i18n: Translator = ENGLISH_WORDS,
): InstallWords {
  const dirOf = platform === 'win32' ? win32.dirname : posix.dirname;
  const path = outcome.path;
  switch (outcome.kind) {
    case 'installed':
      return outcome.onPath
        ? {
            tone: 'info',
            message: i18n.t(outcome.replacedOwn ? 'install.updated' : 'install.installed'),
            detail: i18n.t('install.installedDetail', { path }),
          }
        : {
            tone: 'info',
            message: i18n.t('install.notOnPath'),
            detail: i18n.t('install.notOnPathDetail', {
              path,
              howTo: addToPath(platform, dirOf(path), i18n),
            }),
          };
    case 'alreadyAvailable':
      return {
        tone: 'info',
        message: i18n.t('install.alreadyAvailable'),
        detail: i18n.t('install.alreadyAvailableDetail', { path }),
      };
    case 'conflict':
      return {
        tone: 'warning',
        message: i18n.t('install.conflict'),
        detail: i18n.t('install.conflictDetail', { path }),
      };
    case 'failed': {
      const known = REASONS[outcome.code];
      const reason = known ? i18n.t(known) : i18n.t('install.reasonOther', { code: outcome.code });
      return {
        tone: 'warning',
        message: i18n.t('install.failed'),
        detail: i18n.t('install.failedDetail', { path, reason }),
      };
    }
  }
}

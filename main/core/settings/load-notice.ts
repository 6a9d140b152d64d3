import type { Notice } from '../app/notice';
import type { MigrationOutcome } from './migrate';

/**
 * The sentence a person sees after settings were loaded, or null when there is nothing to say.
 * A reset is never silent: alarm thresholds may have changed back to the defaults, and the
 * person has to know that and where their old file went.
 */
export function describeLoad(
  outcome: MigrationOutcome | { kind: 'unreadable' },
  backupPath: string | null,
): Notice | null {
  switch (outcome.kind) {
    case 'empty':
    case 'current':
    case 'migrated':
      return null;
    case 'future':
      return backupPath === null
        ? { key: 'notice.settingsFutureKept' }
        : { key: 'notice.settingsFutureReset', params: { path: backupPath } };
    case 'invalid':
    case 'unreadable':
      return backupPath === null
        ? { key: 'notice.settingsUnreadable' }
        : { key: 'notice.settingsDamaged', params: { path: backupPath } };
  }
}

import type { MigrationOutcome } from './migrate';

/**
 * The sentence a person sees after settings were loaded, or null when there is nothing to say.
 * A reset is never silent: alarm thresholds may have changed back to the defaults, and the
 * person has to know that and where their old file went.
 */
export function describeLoad(
  outcome: MigrationOutcome | { kind: 'unreadable' },
  backupPath: string | null,
): string | null {
  switch (outcome.kind) {
    case 'empty':
    case 'current':
    case 'migrated':
      return null;
    case 'future':
      return backupPath === null
        ? 'Your settings were saved by a newer version of Glucobar. This version is using its ' +
            'default settings and will not overwrite that file; changes you make now last ' +
            'until Glucobar quits.'
        : 'Your settings were saved by a newer version of Glucobar, so this version has ' +
            `reset them to the defaults; a copy was kept at ${backupPath}.`;
    case 'invalid':
    case 'unreadable':
      return backupPath === null
        ? 'Your settings file could not be read and could not be copied, so Glucobar is ' +
            'using its default settings and will not overwrite the file; changes you make ' +
            'now last until Glucobar quits.'
        : `Your settings file was damaged and has been reset; a copy was kept at ${backupPath}.`;
  }
}

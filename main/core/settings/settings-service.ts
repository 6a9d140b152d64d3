import type { Units } from '../../../common/glucose/vocabulary';
import type { Settings, SettingsPatch } from '../../../common/settings';
import type { Logger, SettingsStore } from '../ports';
import type { z } from 'zod';
import { applySettingsPatch } from './apply-patch';
import {
  defaultDocument,
  migrateSettingsDocument,
  type MigrationOutcome,
  type SettingsDocument,
} from './migrate';
import { describeLoad } from './load-notice';
import type { Notice } from '../app/notice';

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    readonly code: 'invalid_request' | 'storage_failed',
    message: string,
    /** For invalid_request: what was wrong, to word it in the person's language. */
    readonly issues?: z.ZodError,
  ) {
    super(message);
  }
}

export interface SettingsService {
  /** Reads, migrates or repairs the settings file. Never rejects; `notice` is for the person. */
  load(): Promise<{ settings: Settings; notice: Notice | null }>;
  /** The current settings (deeply frozen). Throws if called before `load()` resolved. */
  get(): Settings;
  /** Validates, merges, saves, then notifies listeners. Throws SettingsError. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Follows the patient's LibreLinkUp unit unless the person chose one; true if it changed. */
  adoptPatientUnits(units: Units): Promise<boolean>;
  onChange(listener: (settings: Settings) => void): () => void;
}

export function createSettingsService(store: SettingsStore, logger: Logger): SettingsService {
  let document: SettingsDocument | null = null;
  // False after a damaged file could not be backed up: never overwrite what we could not copy.
  let persist = true;
  let loading: Promise<{ settings: Settings; notice: Notice | null }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(settings: Settings) => void>();

  async function readOutcome(): Promise<MigrationOutcome | { kind: 'unreadable' }> {
    try {
      return migrateSettingsDocument(await store.read());
    } catch (error) {
      logger.warn('Settings file could not be read', { error: errorName(error) });
      return { kind: 'unreadable' };
    }
  }

  async function replaceWithDefaults(): Promise<string | null> {
    let backupPath: string;
    try {
      backupPath = await store.backup();
    } catch (error) {
      logger.error('Settings backup failed; leaving the file untouched', {
        error: errorName(error),
      });
      persist = false;
      return null;
    }
    try {
      await store.clear();
      await store.write(defaultDocument());
    } catch (error) {
      logger.error('Could not write default settings', { error: errorName(error) });
    }
    return backupPath;
  }

  async function loadOnce(): Promise<{ settings: Settings; notice: Notice | null }> {
    const outcome = await readOutcome();
    let backupPath: string | null = null;
    if (outcome.kind === 'current' || outcome.kind === 'migrated') {
      document = outcome.document;
    } else {
      document = defaultDocument();
      if (outcome.kind !== 'empty') backupPath = await replaceWithDefaults();
    }
    if (outcome.kind === 'migrated') {
      await store.write(document).catch((error: unknown) => {
        logger.warn('Migrated settings could not be saved yet', { error: errorName(error) });
      });
    }
    if (outcome.kind === 'invalid') {
      logger.warn('Settings were invalid', { reason: outcome.reason });
    }
    logger.info('Settings loaded', { outcome: outcome.kind });
    document = freezeDocument(document);
    return { settings: document.settings, notice: describeLoad(outcome, backupPath) };
  }

  function current(): SettingsDocument {
    if (document === null) throw new Error('Settings were used before load() finished.');
    return document;
  }

  function load(): Promise<{ settings: Settings; notice: Notice | null }> {
    loading ??= loadOnce().catch((error: unknown) => {
      logger.error('Settings load failed unexpectedly', { error: errorName(error) });
      document = freezeDocument(defaultDocument());
      persist = false;
      return { settings: document.settings, notice: describeLoad({ kind: 'unreadable' }, null) };
    });
    return loading;
  }

  /** Runs one change at a time so quick successive updates cannot lose each other. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
      await load();
      return task();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function commit(next: SettingsDocument): Promise<void> {
    if (persist) {
      try {
        await store.write(next);
      } catch (error) {
        logger.error('Settings could not be saved', { error: errorName(error) });
        throw new SettingsError('storage_failed', 'Glucobar could not save your settings.');
      }
    }
    document = freezeDocument(next);
    for (const listener of listeners) {
      try {
        listener(document.settings);
      } catch (error) {
        logger.error('A settings listener failed', { error: errorName(error) });
      }
    }
  }

  return {
    load,
    get() {
      return current().settings;
    },
    update(patch) {
      return serialised(async () => {
        const before = current();
        const result = applySettingsPatch(before.settings, patch);
        if (!result.ok) throw new SettingsError('invalid_request', result.message, result.issues);
        const unitsSource = patch.units !== undefined ? 'user' : before.unitsSource;
        if (!result.changed && unitsSource === before.unitsSource) return before.settings;
        await commit({ ...before, settings: result.settings, unitsSource });
        return current().settings;
      });
    },
    adoptPatientUnits(units) {
      return serialised(async () => {
        const before = current();
        if (before.unitsSource === 'user') return false;
        if (before.settings.units === units && before.unitsSource === 'patient') return false;
        await commit({
          ...before,
          settings: { ...before.settings, units },
          unitsSource: 'patient',
        });
        return true;
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

function freezeDocument(document: SettingsDocument): SettingsDocument {
  return deepFreeze(structuredClone(document));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

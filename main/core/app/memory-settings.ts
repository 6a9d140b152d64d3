import type { Settings } from '../../../common/settings';
import type { SettingsAccess } from '../ports';
import { applySettingsPatch } from '../settings/apply-patch';

/** Settings held in memory only: the CLI and tests (the desktop app persists them). */
export function createMemorySettings(initial: Settings): SettingsAccess {
  let settings = initial;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get: () => settings,
    async update(patch) {
      const result = applySettingsPatch(settings, patch);
      if (!result.ok) throw new Error(result.message);
      settings = result.settings;
      if (result.changed) for (const listener of listeners) listener(settings);
      return settings;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

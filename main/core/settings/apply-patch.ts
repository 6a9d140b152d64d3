import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { Settings, SettingsPatch } from '../../../common/settings';
import { describeIssues, settingsPatchSchema, settingsSchema } from './schema';

/** A refusal keeps zod's issues so the person's answer can be worded in their language. */
export type PatchResult =
  | { ok: true; settings: Settings; changed: boolean }
  | { ok: false; message: string; issues: z.ZodError };

/**
 * Merges a patch into settings and validates the result as a whole, so cross-field rules
 * (urgent low < low < high, quiet hours start ≠ end) see the merged values. Nested objects
 * merge key by key (`{quietHours: {enabled: true}}` keeps the times); everything else
 * replaces. The inputs are never mutated; the result shares no objects with them.
 */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): PatchResult {
  const checkedPatch = settingsPatchSchema.safeParse(patch);
  if (!checkedPatch.success) {
    return refused(checkedPatch.error);
  }
  const merged = deepMerge(settings, checkedPatch.data);
  const checked = settingsSchema.safeParse(merged);
  if (!checked.success) {
    return refused(checked.error);
  }
  return { ok: true, settings: checked.data, changed: !isDeepStrictEqual(checked.data, settings) };
}

function refused(issues: z.ZodError): PatchResult {
  return { ok: false, message: `Invalid settings: ${describeIssues(issues)}`, issues };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === '__proto__' || key === 'constructor') continue;
    result[key] = deepMerge(base[key], value);
  }
  return result;
}

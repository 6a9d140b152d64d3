import { z } from 'zod';
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { Settings, SettingsPatch } from '../../../common/settings';
import { DEFAULT_CLIENT_VERSION, isVersion } from '../llu/version';
import { LANGUAGE_SETTINGS } from '../../../common/i18n/languages';
import type { SameShape } from '../schema-guard';
import {
  ENGLISH_CATALOG,
  ENGLISH_WORDS,
  type MessageKey,
  type Translator,
} from '../../../common/i18n/translate';

/**
 * The settings the person can change, their bounds and their defaults. This zod schema is the
 * one source of truth: the settings file is parsed with it, IPC patches are validated with
 * pieces of it, and a compile-time check below keeps it equal to the contract's `Settings`.
 *
 * Alarm defaults (mg/dL):
 * - urgent low 55: the fixed FreeStyle Libre urgent-low level.
 * - low 70: the consensus level-1 hypoglycaemia threshold (< 70 mg/dL).
 * - high 250, not 180: 180 is the top of the usual target range and is crossed after many
 *   meals; alarming there trains people to ignore the alarm. 250 is the consensus "very high"
 *   level (the contract's `veryHigh` band), which deserves an interruption. The tray colour
 *   already shows 180–250 as high. The popover shows the thresholds, and they can be changed.
 * - rapid fall / rise off at 2 mg/dL/min: the rate the "quickly" trend arrows stand for.
 * - no data on at 20 min: the same wait as the Libre signal-loss alarm.
 */

export const UNITS_PREFERENCES = [
  'mg/dL',
  'mmol/L',
  'both',
] as const satisfies readonly UnitsPreference[];

export const unitsPreferenceSchema = z.enum(UNITS_PREFERENCES);

/** LibreLinkUp patient ids are UUIDs; the simulator's are short slugs. Nothing else is accepted. */
export const patientIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'result.patientId');

const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'result.clockTime');

function alarm(min: number, max: number, integer = true) {
  const threshold = (integer ? z.number().int() : z.number())
    .min(min, 'result.atLeast')
    .max(max, 'result.atMost');
  return z.object({ enabled: z.boolean(), threshold });
}

/** Per-field bounds, shared by the full schema and the patch schema. */
export const fieldSchemas = {
  units: unitsPreferenceSchema,
  selectedPatientId: patientIdSchema.nullable(),
  alarms: {
    urgentLow: alarm(40, 80),
    low: alarm(50, 150),
    high: alarm(120, 400),
    rapidFall: alarm(1, 5, false),
    rapidRise: alarm(1, 5, false),
    noData: alarm(5, 120),
  },
  quietHours: { enabled: z.boolean(), start: clockTimeSchema, end: clockTimeSchema },
  staleAfterMinutes: z.number().int().min(2, 'result.atLeast').max(30, 'result.atMost'),
  launchAtLogin: z.boolean(),
  keepPopoverPinned: z.boolean(),
  privacyMode: z.boolean(),
  rememberWithoutKeyStore: z.boolean(),
  sensorLifetimeDays: z.union([z.literal(14), z.literal(15)], {
    error: 'result.lifetime',
  }),
  lluClientVersion: z.string().refine(isVersion, 'result.clientVersion'),
  language: z.enum(LANGUAGE_SETTINGS),
} as const;

/** Rules that involve more than one field; applied to whole settings after every change. */
function checkCrossField(settings: Settings, ctx: z.RefinementCtx): void {
  const { urgentLow, low, high } = settings.alarms;
  if (urgentLow.threshold >= low.threshold) {
    ctx.addIssue({
      code: 'custom',
      path: ['alarms', 'urgentLow', 'threshold'],
      message: 'result.belowLow',
    });
  }
  if (low.threshold >= high.threshold) {
    ctx.addIssue({
      code: 'custom',
      path: ['alarms', 'low', 'threshold'],
      message: 'result.belowHigh',
    });
  }
  if (settings.quietHours.start === settings.quietHours.end) {
    ctx.addIssue({
      code: 'custom',
      path: ['quietHours', 'end'],
      message: 'result.quietHoursDiffer',
    });
  }
}

export const settingsSchema = z
  .object({
    units: fieldSchemas.units,
    selectedPatientId: fieldSchemas.selectedPatientId,
    alarms: z.object(fieldSchemas.alarms),
    quietHours: z.object(fieldSchemas.quietHours),
    staleAfterMinutes: fieldSchemas.staleAfterMinutes,
    launchAtLogin: fieldSchemas.launchAtLogin,
    keepPopoverPinned: fieldSchemas.keepPopoverPinned,
    privacyMode: fieldSchemas.privacyMode,
    rememberWithoutKeyStore: fieldSchemas.rememberWithoutKeyStore,
    sensorLifetimeDays: fieldSchemas.sensorLifetimeDays,
    lluClientVersion: fieldSchemas.lluClientVersion,
    language: fieldSchemas.language,
  })
  .superRefine(checkCrossField);

/** A change request from the popover: any subset, nested objects partial; unknown keys refused. */
export const settingsPatchSchema = z.strictObject({
  units: fieldSchemas.units.optional(),
  selectedPatientId: fieldSchemas.selectedPatientId.optional(),
  alarms: z
    .strictObject({
      urgentLow: fieldSchemas.alarms.urgentLow.strict().optional(),
      low: fieldSchemas.alarms.low.strict().optional(),
      high: fieldSchemas.alarms.high.strict().optional(),
      rapidFall: fieldSchemas.alarms.rapidFall.strict().optional(),
      rapidRise: fieldSchemas.alarms.rapidRise.strict().optional(),
      noData: fieldSchemas.alarms.noData.strict().optional(),
    })
    .optional(),
  quietHours: z
    .strictObject({
      enabled: fieldSchemas.quietHours.enabled.optional(),
      start: fieldSchemas.quietHours.start.optional(),
      end: fieldSchemas.quietHours.end.optional(),
    })
    .optional(),
  staleAfterMinutes: fieldSchemas.staleAfterMinutes.optional(),
  launchAtLogin: fieldSchemas.launchAtLogin.optional(),
  keepPopoverPinned: fieldSchemas.keepPopoverPinned.optional(),
  privacyMode: fieldSchemas.privacyMode.optional(),
  rememberWithoutKeyStore: fieldSchemas.rememberWithoutKeyStore.optional(),
  sensorLifetimeDays: fieldSchemas.sensorLifetimeDays.optional(),
  lluClientVersion: fieldSchemas.lluClientVersion.optional(),
  language: fieldSchemas.language.optional(),
});

/** A fresh copy of the defaults (callers may mutate what they get). */
export function defaultSettings(): Settings {
  return {
    units: 'mg/dL',
    selectedPatientId: null,
    alarms: {
      urgentLow: { enabled: true, threshold: 55 },
      low: { enabled: true, threshold: 70 },
      high: { enabled: true, threshold: 250 },
      rapidFall: { enabled: false, threshold: 2 },
      rapidRise: { enabled: false, threshold: 2 },
      noData: { enabled: true, threshold: 20 },
    },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    staleAfterMinutes: 10,
    launchAtLogin: false,
    keepPopoverPinned: false,
    privacyMode: false,
    rememberWithoutKeyStore: false,
    sensorLifetimeDays: 14,
    lluClientVersion: DEFAULT_CLIENT_VERSION,
    language: 'system',
  };
}

/**
 * Dotted paths and rules of a zod failure, without the offending values, in `i18n`'s language
 * (English for logs and the CLI). The schema's own messages are `result.*` catalog keys; a
 * bound comes from the issue itself. Any other message (zod's) is shown as zod wrote it.
 */
export function describeIssues(error: z.ZodError, i18n: Translator = ENGLISH_WORDS, limit = 3) {
  return error.issues
    .slice(0, limit)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const rule = ruleWords(issue, i18n);
      return path === '' ? rule : `${path}: ${rule}`;
    })
    .join('; ');
}

function ruleWords(issue: z.core.$ZodIssue, i18n: Translator): string {
  const key = issue.message;
  if (!key.startsWith('result.') || !Object.hasOwn(ENGLISH_CATALOG, key)) return key;
  const bound: Record<string, number> = {};
  if (issue.code === 'too_small') bound['min'] = Number(issue.minimum);
  if (issue.code === 'too_big') bound['max'] = Number(issue.maximum);
  return i18n.t(key as MessageKey, bound);
}

// Compile-time guard: the schemas and the contract cannot drift apart.
export const settingsSchemaMatchesContract: SameShape<
  z.infer<typeof settingsSchema>,
  Settings
> = true;
export const patchSchemaMatchesContract: SameShape<
  z.infer<typeof settingsPatchSchema>,
  SettingsPatch
> = true;

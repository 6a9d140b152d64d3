import { z } from 'zod';
import type { AlarmSetting, Settings } from '../../../common/settings';
import { DEFAULT_CLIENT_VERSION } from '../llu/version';
import type { SameShape } from '../schema-guard';
import { defaultSettings, describeIssues, settingsSchema } from './schema';

/**
 * Settings files are versioned documents `{version, settings, ...}`. Each older version has a
 * step to the next one; the result is always checked against today's schema, so a migrated
 * file with out-of-range values is treated as invalid rather than trusted.
 */
export const SETTINGS_VERSION = 5;

/**
 * Where `settings.units` came from. Until the person picks a unit, the app follows the unit
 * of the patient's own LibreLinkUp app; a choice made by the person is never overridden.
 */
export type UnitsSource = 'default' | 'patient' | 'user';

export interface SettingsDocument {
  version: typeof SETTINGS_VERSION;
  settings: Settings;
  unitsSource: UnitsSource;
}

export type MigrationOutcome =
  | { kind: 'empty' }
  | { kind: 'current'; document: SettingsDocument }
  | { kind: 'migrated'; document: SettingsDocument; from: number }
  | { kind: 'future'; version: number }
  | { kind: 'invalid'; reason: string };

const documentSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  settings: settingsSchema,
  unitsSource: z.enum(['default', 'patient', 'user']),
});

// `SettingsDocument` names `Settings` (clearer than the schema's expanded type); this keeps the
// two equal, so the file is parsed with exactly the shape the code believes it holds.
export const documentSchemaMatchesType: SameShape<
  z.output<typeof documentSchema>,
  SettingsDocument
> = true;

/**
 * Version 1 (the 0.0.x previews): flat unit codes and an alarm that was "off" by being null.
 * No v1 file was ever published; the shape is kept so the migration path is exercised.
 */
const v1Schema = z.object({
  version: z.literal(1),
  settings: z.object({
    unit: z.enum(['mgdl', 'mmol', 'both']),
    patientId: z.string().nullable().optional(),
    alarms: z
      .object({
        urgentLow: z.number().nullable().optional(),
        low: z.number().nullable().optional(),
        high: z.number().nullable().optional(),
      })
      .optional(),
    staleMinutes: z.number().optional(),
    startAtLogin: z.boolean().optional(),
    pinPopover: z.boolean().optional(),
  }),
});

const V1_UNITS = { mgdl: 'mg/dL', mmol: 'mmol/L', both: 'both' } as const;

function fromV1(raw: unknown): unknown {
  const v1 = v1Schema.parse(raw).settings;
  const {
    rememberWithoutKeyStore: _added,
    sensorLifetimeDays: _addedInV4,
    lluClientVersion: _alsoAddedInV4,
    language: _addedInV5,
    ...defaults
  } = defaultSettings();
  // In v1 a null level meant "this alarm is off"; a missing one meant "the default".
  const level = (value: number | null | undefined, fallback: AlarmSetting): AlarmSetting => {
    if (value === undefined) return { ...fallback };
    if (value === null) return { enabled: false, threshold: fallback.threshold };
    return { enabled: true, threshold: value };
  };
  return {
    version: 2,
    unitsSource: 'user',
    settings: {
      ...defaults,
      units: V1_UNITS[v1.unit],
      selectedPatientId: v1.patientId ?? null,
      alarms: {
        ...defaults.alarms,
        urgentLow: level(v1.alarms?.urgentLow, defaults.alarms.urgentLow),
        low: level(v1.alarms?.low, defaults.alarms.low),
        high: level(v1.alarms?.high, defaults.alarms.high),
      },
      staleAfterMinutes: v1.staleMinutes ?? defaults.staleAfterMinutes,
      launchAtLogin: v1.startAtLogin ?? defaults.launchAtLogin,
      keepPopoverPinned: v1.pinPopover ?? defaults.keepPopoverPinned,
    },
  };
}

/** Version 2 had no opt-in for keeping the password without a key store: it starts off. */
function fromV2(raw: unknown): unknown {
  const v2 = z
    .object({ version: z.literal(2), settings: z.record(z.string(), z.unknown()) })
    .loose()
    .parse(raw);
  return { ...v2, version: 3, settings: { ...v2.settings, rememberWithoutKeyStore: false } };
}

/**
 * Version 3 knew nothing of 15-day sensors or of announcing another LibreLinkUp version: a
 * 14-day lifetime (the sensors before Plus) and the version this Glucobar announced anyway.
 */
function fromV3(raw: unknown): unknown {
  const v3 = z
    .object({ version: z.literal(3), settings: z.record(z.string(), z.unknown()) })
    .loose()
    .parse(raw);
  return {
    ...v3,
    version: 4,
    settings: { ...v3.settings, sensorLifetimeDays: 14, lluClientVersion: DEFAULT_CLIENT_VERSION },
  };
}

/** Version 4 spoke English only; 'system' follows the OS, as a fresh install does. */
function fromV4(raw: unknown): unknown {
  const v4 = z
    .object({ version: z.literal(4), settings: z.record(z.string(), z.unknown()) })
    .loose()
    .parse(raw);
  return { ...v4, version: 5, settings: { ...v4.settings, language: 'system' } };
}

/** Step from version N to N+1, keyed by N. */
const STEPS: ReadonlyMap<number, (raw: unknown) => unknown> = new Map([
  [1, fromV1],
  [2, fromV2],
  [3, fromV3],
  [4, fromV4],
]);

export function migrateSettingsDocument(raw: unknown): MigrationOutcome {
  if (raw === undefined || raw === null) return { kind: 'empty' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', reason: 'not an object' };
  }
  if (Object.keys(raw).length === 0) return { kind: 'empty' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'no version number' };
  }
  if (version > SETTINGS_VERSION) return { kind: 'future', version };
  let current: unknown = raw;
  try {
    for (let v = version; v < SETTINGS_VERSION; v += 1) {
      const step = STEPS.get(v);
      if (step === undefined) return { kind: 'invalid', reason: `no migration from version ${v}` };
      current = step(current);
    }
  } catch (error) {
    const reason = error instanceof z.ZodError ? describeIssues(error) : 'migration failed';
    return { kind: 'invalid', reason: `version ${version}: ${reason}` };
  }
  const parsed = documentSchema.safeParse(current);
  if (!parsed.success) return { kind: 'invalid', reason: describeIssues(parsed.error) };
  const document: SettingsDocument = parsed.data;
  return version === SETTINGS_VERSION
    ? { kind: 'current', document }
    : { kind: 'migrated', document, from: version };
}

export function defaultDocument(): SettingsDocument {
  return { version: SETTINGS_VERSION, settings: defaultSettings(), unitsSource: 'default' };
}

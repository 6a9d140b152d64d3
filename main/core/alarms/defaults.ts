import type { AlarmKind } from '../../../common/alarms';
import type { Settings } from '../../../common/settings';
import type { AlarmThresholds, PatientAlarmLevels } from './types';

/** Consensus level-2 hypoglycaemia is < 54; 55 is LibreLinkUp's fixed urgent-low level. */
export const DEFAULT_URGENT_LOW_MGDL = 55;
export const DEFAULT_LOW_MGDL = 70;
/**
 * 250 (consensus "very high") rather than the usual 180 target: a high alarm at the target would
 * fire after most meals, and alarms that always fire get switched off.
 */
export const DEFAULT_HIGH_MGDL = 250;
/**
 * ≥ 2 mg/dL per minute is where Libre's own arrows switch to "quickly" (straight up or down):
 * 30 minutes at that speed moves glucose by 60 mg/dL.
 */
export const DEFAULT_RAPID_MGDL_PER_MINUTE = 2;
export const DEFAULT_NO_DATA_MINUTES = 20;

/** Values outside this band are not believable as glucose levels and are ignored. */
function plausibleLevel(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 40 && value <= 400;
}

function firstPlausible(fallback: number, ...candidates: (number | null | undefined)[]): number {
  return candidates.find(plausibleLevel) ?? fallback;
}

/**
 * Alarm settings for a patient, following their LibreLinkUp levels where known: urgent low from
 * the fixed-low level, low from the low alarm level (else the target low), high from the high
 * alarm level (NOT the target high, see DEFAULT_HIGH_MGDL). Rapid-change alarms start off (they
 * are noisy for many people); no-data after 20 minutes is on.
 */
export function defaultAlarmSettings(levels: PatientAlarmLevels | null): Settings['alarms'] {
  const alarm = levels?.alarmLevels ?? null;
  return {
    urgentLow: {
      enabled: true,
      threshold: firstPlausible(DEFAULT_URGENT_LOW_MGDL, alarm?.urgentLowMgdl),
    },
    low: {
      enabled: true,
      threshold: firstPlausible(DEFAULT_LOW_MGDL, alarm?.lowMgdl, levels?.targets?.lowMgdl),
    },
    high: { enabled: true, threshold: firstPlausible(DEFAULT_HIGH_MGDL, alarm?.highMgdl) },
    rapidFall: { enabled: false, threshold: DEFAULT_RAPID_MGDL_PER_MINUTE },
    rapidRise: { enabled: false, threshold: DEFAULT_RAPID_MGDL_PER_MINUTE },
    noData: { enabled: true, threshold: DEFAULT_NO_DATA_MINUTES },
  };
}

/**
 * The thresholds evaluation uses: the settings' own, except that an unusable value (not a finite
 * positive number) falls back to defaultAlarmSettings for the patient instead of silently
 * disabling an alarm. Rates are magnitudes: a rapid-fall threshold of -2 means 2.
 */
export function resolveThresholds(
  settings: Settings['alarms'],
  levels: PatientAlarmLevels | null,
): AlarmThresholds {
  const defaults = defaultAlarmSettings(levels);
  const pick = (kind: Exclude<AlarmKind, 'urgentLowSoon'>): number => {
    const raw = settings[kind].threshold;
    const value = kind === 'rapidFall' || kind === 'rapidRise' ? Math.abs(raw) : raw;
    return Number.isFinite(value) && value > 0 ? value : defaults[kind].threshold;
  };
  const urgentLow = pick('urgentLow');
  return {
    urgentLow,
    // Low soon has no setting of its own: it forewarns of urgent low, at urgent low's level.
    urgentLowSoon: urgentLow,
    low: pick('low'),
    high: pick('high'),
    rapidFall: pick('rapidFall'),
    rapidRise: pick('rapidRise'),
    noData: pick('noData'),
  };
}

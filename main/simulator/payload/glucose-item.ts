/**
 * The JSON glucose item LibreLinkUp sends for live values, graph points and logbook entries.
 * Key order and presence follow the captured samples: graph points carry exactly nine keys
 * (no TrendArrow / TrendMessage); live and logbook items carry the trend.
 */
import type { PatientProfile } from '../patients/profile';
import type { SimReading } from '../patients/timeline';
import { formatLluTimestamp, type ZoneClock } from '../time-format';
import type { AlarmType } from '../patients/logbook';
import { mgdlToMmol } from '../../../common/glucose/units';

export type ItemKind = 'live' | 'graph' | 'scan' | 'alarm';

/** 1 green in range, 2 yellow above target, 3 orange above the high alarm, 4 red below target. */
export function measurementColor(mgdl: number, profile: PatientProfile): 1 | 2 | 3 | 4 {
  if (mgdl < profile.targetLow) return 4;
  if (mgdl > profile.alarmHigh) return 3;
  if (mgdl > profile.targetHigh) return 2;
  return 1;
}

/** The simulated server converts with the app's own factor, like LibreLinkUp does with its own. */
export function toMmol(mgdl: number): number {
  return mgdlToMmol(mgdl);
}

const TYPE_OF: Record<ItemKind, number> = { graph: 0, live: 1, scan: 1, alarm: 3 };

export function glucoseItem(
  reading: SimReading,
  profile: PatientProfile,
  zone: ZoneClock,
  kind: ItemKind,
  alarmType?: AlarmType,
): Record<string, unknown> {
  const mmol = profile.units === 'mmol/L';
  const item: Record<string, unknown> = {
    FactoryTimestamp: formatLluTimestamp(reading.time),
    Timestamp: zone.localTimestamp(reading.time),
    type: TYPE_OF[kind],
    ValueInMgPerDl: reading.mgdl,
  };
  if (kind !== 'graph') {
    item.TrendArrow = reading.trendArrow;
    item.TrendMessage = null;
  }
  item.MeasurementColor = measurementColor(reading.mgdl, profile);
  item.GlucoseUnits = mmol ? 0 : 1;
  item.Value = mmol ? toMmol(reading.mgdl) : reading.mgdl;
  item.isHigh = reading.isHigh;
  item.isLow = reading.isLow;
  if (kind === 'alarm') item.alarmType = alarmType ?? 1;
  return item;
}

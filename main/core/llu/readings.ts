/** LibreLinkUp glucose items → the `Reading` every core module uses. */
import { valueAtSensorLimit } from '../../../common/glucose/plausibility';
import type { Units } from '../../../common/glucose/vocabulary';
import type { Reading, ReadingSource, Trend } from '../glucose/reading';
import type { GlucoseItem } from './schemas';
import { offsetMinutes } from './timestamps';

const TRENDS: Readonly<Record<number, Trend>> = {
  1: 'fallingQuickly',
  2: 'falling',
  3: 'flat',
  4: 'rising',
  5: 'risingQuickly',
};

/**
 * 0 means "not determined" and graph points carry no arrow at all; both must read as
 * `unknown`, never `flat` (a peer's falsy check showed a steady arrow for a missing one).
 */
export function trendFromArrow(arrow: unknown): Trend {
  return typeof arrow === 'number' ? (TRENDS[arrow] ?? 'unknown') : 'unknown';
}

/** `GlucoseUnits` and `uom`: 0 is mmol/L, 1 is mg/dL. */
export function unitsFromCode(code: 0 | 1): Units {
  return code === 0 ? 'mmol/L' : 'mg/dL';
}

export function toReading(item: GlucoseItem, source: ReadingSource): Reading {
  // isHigh/isLow are the sensor's measuring limits (HI/LO), not target excursions.
  const sensorLimit = item.isHigh === true ? 'HI' : item.isLow === true ? 'LO' : null;
  const mgdl = Math.round(item.ValueInMgPerDl);
  return {
    time: item.FactoryTimestamp,
    mgdl: sensorLimit === null ? mgdl : valueAtSensorLimit(mgdl, sensorLimit),
    trend: trendFromArrow(item.TrendArrow),
    sensorLimit,
    localOffsetMinutes: offsetMinutes(item.FactoryTimestamp, item.Timestamp),
    source,
  };
}

/** Graph points oldest first, whatever order the server used. */
export function toGraphReadings(items: readonly GlucoseItem[]): Reading[] {
  return items.map((item) => toReading(item, 'graph')).sort((a, b) => a.time - b.time);
}

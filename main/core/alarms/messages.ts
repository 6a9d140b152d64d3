import type { AlarmKind } from '../../../common/alarms';
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { Reading } from '../glucose/reading';
import { ageSeconds } from '../../../common/glucose/staleness';
import { formatRateWithUnit, formatWithUnit } from '../../../common/glucose/units';
import { LOW_SOON_HORIZON_MINUTES } from './low-soon';
import type { AlarmThresholds } from './types';

export interface MessageContext {
  now: number;
  latest: Reading | null;
  rate: number | null;
  thresholds: AlarmThresholds;
  units: UnitsPreference;
}

const TITLES: Record<AlarmKind, string> = {
  urgentLow: 'Urgent low glucose',
  urgentLowSoon: 'Urgent low soon (projected)',
  low: 'Low glucose',
  high: 'High glucose',
  rapidFall: 'Glucose falling quickly',
  rapidRise: 'Glucose rising quickly',
  noData: 'No glucose data',
};

export function alarmTitle(kind: AlarmKind, patientName?: string | null): string {
  return patientName ? `${patientName}: ${TITLES[kind]}` : TITLES[kind];
}

/** A rate magnitude per minute: '2.4 mg/dL', '0.13 mmol/L' or both. */
function formatRate(rate: number, units: UnitsPreference): string {
  return formatRateWithUnit(Math.abs(rate), units);
}

function valueText(latest: Reading | null, units: UnitsPreference): string {
  if (latest === null) return 'unknown';
  if (latest.sensorLimit === 'LO') return "below the sensor's range (LO)";
  if (latest.sensorLimit === 'HI') return "above the sensor's range (HI)";
  return formatWithUnit(latest.mgdl, units);
}

/** One plain sentence per alarm, with numbers in the chosen unit(s). */
export function alarmMessage(kind: AlarmKind, ctx: MessageContext): string {
  const value = valueText(ctx.latest, ctx.units);
  const level = (mgdl: number) => formatWithUnit(mgdl, ctx.units);
  switch (kind) {
    case 'urgentLow':
      return `Glucose is ${value}, at or below the urgent low level of ${level(ctx.thresholds.urgentLow)}.`;
    case 'urgentLowSoon': {
      const speed =
        ctx.rate === null ? '' : ` by about ${formatRate(ctx.rate, ctx.units)} a minute`;
      return (
        `Glucose is ${value} and falling${speed}. If it keeps falling like this, it reaches the ` +
        `urgent low level of ${level(ctx.thresholds.urgentLowSoon)} within ` +
        `${LOW_SOON_HORIZON_MINUTES} minutes. This is a projection, not a measurement.`
      );
    }
    case 'low':
      return `Glucose is ${value}, below the low level of ${level(ctx.thresholds.low)}.`;
    case 'high':
      return `Glucose is ${value}, above the high level of ${level(ctx.thresholds.high)}.`;
    case 'rapidFall':
    case 'rapidRise': {
      const direction = kind === 'rapidFall' ? 'falling' : 'rising';
      const speed =
        ctx.rate === null ? '' : ` by about ${formatRate(ctx.rate, ctx.units)} a minute`;
      return `Glucose is ${direction} quickly${speed}; it is now ${value}.`;
    }
    case 'noData': {
      if (ctx.latest === null) return 'No glucose reading has arrived.';
      const minutes = Math.floor(ageSeconds(ctx.latest, ctx.now) / 60);
      return `No new glucose reading for ${minutes} minutes; the last one was ${value}.`;
    }
  }
}

import type { AlarmKind } from '../../../common/alarms';
import { ageSeconds } from '../../../common/glucose/staleness';
import { urgentLowSoon } from './low-soon';
import type { AlarmInput, AlarmThresholds } from './types';

/**
 * Which alarm conditions hold right now. Levels compare mg/dL with mg/dL, so the display unit
 * cannot move a boundary. Glucose conditions need a current reading: on stale data only noData
 * can hold, because an old low is not a low now (and an old normal value is no reassurance).
 * LO counts as urgent low (and low), HI as high, whatever their clamped numbers say.
 */
export function alarmConditions(
  input: AlarmInput,
  thresholds: AlarmThresholds,
): Record<AlarmKind, boolean> {
  const { latest, settings } = input;
  const noData =
    settings.noData.enabled &&
    latest !== null &&
    ageSeconds(latest, input.now) >= thresholds.noData * 60;
  if (latest === null || input.stale) {
    return {
      urgentLow: false,
      urgentLowSoon: false,
      low: false,
      high: false,
      rapidFall: false,
      rapidRise: false,
      noData,
    };
  }
  const isLo = latest.sensorLimit === 'LO';
  const isHi = latest.sensorLimit === 'HI';
  const rate = input.deltaRatePerMinute;
  const rateKnown = rate !== null && Number.isFinite(rate);
  return {
    urgentLow: settings.urgentLow.enabled && (isLo || latest.mgdl <= thresholds.urgentLow),
    // Enabled with urgent low, whose warning it is; a clamped HI/LO value projects nothing.
    urgentLowSoon:
      settings.urgentLow.enabled &&
      latest.sensorLimit === null &&
      urgentLowSoon(latest.mgdl, rateKnown ? rate : null, thresholds.urgentLowSoon),
    low: settings.low.enabled && (isLo || latest.mgdl < thresholds.low),
    high: settings.high.enabled && (isHi || latest.mgdl > thresholds.high),
    rapidFall: settings.rapidFall.enabled && rateKnown && rate <= -thresholds.rapidFall,
    rapidRise: settings.rapidRise.enabled && rateKnown && rate >= thresholds.rapidRise,
    noData,
  };
}

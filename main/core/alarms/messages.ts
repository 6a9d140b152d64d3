import type { AlarmKind } from '../../../common/alarms';
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { Reading } from '../glucose/reading';
import { ageSeconds } from '../../../common/glucose/staleness';
import { formatRateWithUnit, formatWithUnit } from '../../../common/glucose/units';
import { ENGLISH_WORDS, type Translator } from '../../../common/i18n/translate';
import { LOW_SOON_HORIZON_MINUTES } from './low-soon';
import type { AlarmThresholds } from './types';

export interface MessageContext {
  now: number;
  latest: Reading | null;
  rate: number | null;
  thresholds: AlarmThresholds;
  units: UnitsPreference;
  /** The words' language and number format; English when absent. */
  i18n?: Translator | undefined;
}

export function alarmTitle(
  kind: AlarmKind,
  patientName?: string | null,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const title = i18n.t(`alarmTitle.${kind}`);
  return patientName ? `${patientName}: ${title}` : title;
}

function valueText(latest: Reading | null, ctx: MessageContext, i18n: Translator): string {
  if (latest === null) return i18n.t('alarm.valueUnknown');
  if (latest.sensorLimit === 'LO') return i18n.t('alarm.valueLo');
  if (latest.sensorLimit === 'HI') return i18n.t('alarm.valueHi');
  return formatWithUnit(latest.mgdl, ctx.units, ctx.i18n?.locale);
}

/** One plain sentence per alarm, with numbers in the chosen unit(s) and the reader's language. */
export function alarmMessage(kind: AlarmKind, ctx: MessageContext): string {
  const i18n = ctx.i18n ?? ENGLISH_WORDS;
  const value = valueText(ctx.latest, ctx, i18n);
  const level = (mgdl: number) => formatWithUnit(mgdl, ctx.units, ctx.i18n?.locale);
  // A rate magnitude per minute: '2.4 mg/dL', '0.13 mmol/L' or both.
  const rate =
    ctx.rate === null ? null : formatRateWithUnit(Math.abs(ctx.rate), ctx.units, ctx.i18n?.locale);
  switch (kind) {
    case 'urgentLow':
      return i18n.t('alarm.urgentLow', { value, level: level(ctx.thresholds.urgentLow) });
    case 'urgentLowSoon': {
      const words = {
        value,
        level: level(ctx.thresholds.urgentLowSoon),
        minutes: LOW_SOON_HORIZON_MINUTES,
      };
      return rate === null
        ? i18n.t('alarm.urgentLowSoon', words)
        : i18n.t('alarm.urgentLowSoonRate', { ...words, rate });
    }
    case 'low':
      return i18n.t('alarm.low', { value, level: level(ctx.thresholds.low) });
    case 'high':
      return i18n.t('alarm.high', { value, level: level(ctx.thresholds.high) });
    case 'rapidFall':
    case 'rapidRise':
      return rate === null
        ? i18n.t(`alarm.${kind}`, { value })
        : i18n.t(kind === 'rapidFall' ? 'alarm.rapidFallRate' : 'alarm.rapidRiseRate', {
            value,
            rate,
          });
    case 'noData': {
      if (ctx.latest === null) return i18n.t('alarm.noDataNever');
      const minutes = Math.floor(ageSeconds(ctx.latest, ctx.now) / 60);
      return i18n.t('alarm.noData', { minutes, value });
    }
  }
}

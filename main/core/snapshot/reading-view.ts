import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { UiLocale } from '../../../common/i18n/languages';
import { createTranslator } from '../../../common/i18n/catalogs';
import type { CurrentReading } from '../../../common/snapshot';
import { deltaMgdl } from '../glucose/delta';
import { classifyRange, toneFor } from '../../../common/glucose/range';
import type { Reading } from '../glucose/reading';
import { ageSeconds, formatAge, isStale } from '../../../common/glucose/staleness';
import { trendArrow, trendWords } from '../../../common/glucose/trend';
import {
  formatDelta,
  formatGlucose,
  formatReadingValue,
  mgdlToMmol,
  primaryUnit,
  unitLabel,
} from '../../../common/glucose/units';

export interface ReadingViewInput {
  latest: Reading;
  /** Recent readings of the same patient, oldest first (for the ~5-minute delta). */
  recent: readonly Reading[];
  targets: { lowMgdl: number; highMgdl: number };
  units: UnitsPreference;
  staleAfterMinutes: number;
  now: number;
  /** The snapshot's locale: the display strings below are written in it. */
  locale: UiLocale;
}

/** The newest reading with every display string a view needs, in the chosen unit(s). */
export function buildCurrentReading(input: ReadingViewInput): CurrentReading {
  const { latest, units } = input;
  const stale = isStale(latest, input.now, input.staleAfterMinutes);
  const range = classifyRange(latest.mgdl, input.targets);
  const delta = stale ? null : deltaMgdl(input.recent, latest);
  const age = ageSeconds(latest, input.now);
  const primary = primaryUnit(units);
  const { locale } = input;
  const i18n = createTranslator(locale);
  return {
    time: latest.time,
    mgdl: latest.mgdl,
    mmol: mgdlToMmol(latest.mgdl),
    trend: stale ? 'unknown' : latest.trend,
    deltaMgdl: delta,
    range,
    tone: toneFor(range, stale, latest.sensorLimit),
    sensorLimit: latest.sensorLimit,
    ageSeconds: age,
    stale,
    display: {
      value: formatReadingValue(latest, primary, locale),
      unit: unitLabel(primary),
      secondary:
        units === 'both' && latest.sensorLimit === null
          ? formatGlucose(latest.mgdl, 'mmol/L', locale)
          : null,
      delta: formatDelta(delta, primary, locale),
      age: formatAge(age, i18n),
      // A stale reading's trend says nothing about now.
      arrow: trendArrow(stale ? 'unknown' : latest.trend),
      trendWords: stale ? i18n.t('trend.noRecentReading') : trendWords(latest.trend, i18n),
    },
  };
}

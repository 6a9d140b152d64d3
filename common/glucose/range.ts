/**
 * Range bands and targets: which band a mg/dL value is in, and the tone a view colours it by.
 * Always mg/dL, so a unit switch can never move a boundary.
 */
import { ENGLISH_WORDS, type Translator } from '../i18n/translate';
import type { RangeBand, SensorLimit, Tone } from './vocabulary';

/** International consensus level-2 limits (mg/dL); fixed, whatever the patient's targets. */
export const VERY_LOW_BELOW_MGDL = 54;
export const VERY_HIGH_ABOVE_MGDL = 250;

/** The consensus target range 70–180 mg/dL, used by statistics instead of the patient's. */
export const CONSENSUS_TARGETS = { lowMgdl: 70, highMgdl: 180 } as const;

export interface TargetRange {
  lowMgdl: number;
  highMgdl: number;
}

/** LibreLinkUp's default target range, used by views when the patient's is not known. */
export const DEFAULT_TARGETS: TargetRange = { lowMgdl: 70, highMgdl: 180 };

/** The bands in words, for tooltips, spoken labels and charts. */
export const RANGE_WORDS: Readonly<Record<RangeBand, string>> = {
  veryLow: 'very low',
  low: 'low',
  inRange: 'in range',
  high: 'high',
  veryHigh: 'very high',
};

/** A band in words in the reader's language (catalog keys `range.*`; English = RANGE_WORDS). */
export function rangeWords(band: RangeBand, i18n: Translator = ENGLISH_WORDS): string {
  return i18n.t(`range.${band}`);
}

/**
 * Band of one mg/dL value. Edges: the target limits themselves are in range (70 and 180 are
 * inRange for 70–180), 54 is low (veryLow is strictly below 54) and 250 is high (veryHigh is
 * strictly above 250), as in the consensus report. The level-2 checks come first, so odd
 * targets (low target below 54, high target above 250) can never hide a very low / very high
 * value. Always mg/dL: a unit switch cannot move a boundary. NaN is a bug upstream (readings
 * are validated at the API boundary) and throws rather than being shown as in range.
 */
export function classifyRange(mgdl: number, targets: TargetRange): RangeBand {
  if (Number.isNaN(mgdl)) throw new RangeError('classifyRange: glucose value is NaN');
  if (mgdl < VERY_LOW_BELOW_MGDL) return 'veryLow';
  if (mgdl < targets.lowMgdl) return 'low';
  if (mgdl > VERY_HIGH_ABOVE_MGDL) return 'veryHigh';
  if (mgdl > targets.highMgdl) return 'high';
  return 'inRange';
}

const TONE_BY_RANGE: Record<RangeBand, Tone> = {
  veryLow: 'urgentLow',
  low: 'low',
  inRange: 'inRange',
  high: 'high',
  veryHigh: 'urgentHigh',
};

/**
 * Colour for a value. Staleness wins over everything: an old number must never look current.
 * A sensor limit wins over the range, because the HI/LO value is a clamp, not a measurement.
 */
export function toneFor(range: RangeBand, stale: boolean, sensorLimit: SensorLimit): Tone {
  if (stale) return 'stale';
  if (sensorLimit === 'LO') return 'urgentLow';
  if (sensorLimit === 'HI') return 'urgentHigh';
  return TONE_BY_RANGE[range];
}

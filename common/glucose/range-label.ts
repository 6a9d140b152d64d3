/**
 * The range of the value a person glances at, in words and as a shape, so that colour is never
 * the only carrier: the words survive colour blindness, the shapes survive Windows high-contrast
 * (forced-colors) mode, which replaces every colour with the system's two or three. Used by the
 * popover's value header (and free for any other view that labels a current value).
 */
import { ENGLISH_WORDS, type Translator } from '../i18n/translate';
import type { SensorLimit, Tone } from './vocabulary';

/** The tones a current value can have (a stale value gets no range label: it is not "now"). */
export type LabelledTone = Exclude<Tone, 'stale' | 'none'>;

/**
 * One shape per range: down for low, up for high, doubled when it is the urgent level, a dot
 * for in range. Geometric Shapes block glyphs, present in the system fonts of macOS, Windows
 * and common Linux desktops.
 */
export const RANGE_SHAPES: Readonly<Record<LabelledTone, string>> = {
  urgentLow: '▼▼',
  low: '▼',
  inRange: '●',
  high: '▲',
  urgentHigh: '▲▲',
};

export interface RangeLabel {
  tone: LabelledTone;
  words: string;
  shape: string;
  /** The loud mode: an urgent low, shown unmistakably apart from an ordinary low. */
  urgent: boolean;
}

export interface RangeLabelInput {
  tone: Tone;
  sensorLimit: SensorLimit;
  /** True while the urgent-low alarm holds for this reading (its level may be above 54). */
  urgentLowAlarm: boolean;
}

/**
 * The label of a current value, or null when there is none to give (stale or no value). An
 * active urgent-low alarm makes the value urgent even when it sits in the ordinary low band
 * (the alarm level, 55 by default and set by the person, may lie above the consensus 54), so
 * the header never says "Low" while the alarm says "urgent". LO is urgent low, HI very high.
 */
export function rangeLabel(
  input: RangeLabelInput,
  i18n: Translator = ENGLISH_WORDS,
): RangeLabel | null {
  if (input.tone === 'stale' || input.tone === 'none') return null;
  let tone: LabelledTone = input.tone;
  if (input.sensorLimit === 'LO' || input.urgentLowAlarm) tone = 'urgentLow';
  else if (input.sensorLimit === 'HI') tone = 'urgentHigh';
  return {
    tone,
    words: i18n.t(`rangeHeadline.${tone}`),
    shape: RANGE_SHAPES[tone],
    urgent: tone === 'urgentLow',
  };
}

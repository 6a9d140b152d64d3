/** Trend arrows and words. An unknown trend is never drawn or said as steady. */
import { ENGLISH_WORDS, type Translator } from '../i18n/translate';
import type { Trend } from './vocabulary';

const ARROWS: Record<Trend, string> = {
  fallingQuickly: '↓',
  falling: '↘',
  flat: '→',
  rising: '↗',
  risingQuickly: '↑',
  // Not an arrow at all: an unknown trend must never be read as "steady".
  unknown: '?',
};

export function trendArrow(trend: Trend): string {
  return ARROWS[trend] ?? ARROWS.unknown;
}

/** `rising`, `steady`, `trend unknown` (catalog keys `trend.*`) in the reader's language. */
export function trendWords(trend: Trend, i18n: Translator = ENGLISH_WORDS): string {
  return i18n.t(`trend.${trend in ARROWS ? trend : 'unknown'}`);
}

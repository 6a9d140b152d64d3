/** Trend arrows and words. An unknown trend is never drawn or said as steady. */
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

const WORDS: Record<Trend, string> = {
  fallingQuickly: 'falling quickly',
  falling: 'falling',
  flat: 'steady',
  rising: 'rising',
  risingQuickly: 'rising quickly',
  unknown: 'trend unknown',
};

export function trendArrow(trend: Trend): string {
  return ARROWS[trend] ?? ARROWS.unknown;
}

export function trendWords(trend: Trend): string {
  return WORDS[trend] ?? WORDS.unknown;
}

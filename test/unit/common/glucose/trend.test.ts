import { describe, expect, it } from 'vitest';
import type { Trend } from '../../../../common/glucose/vocabulary';
import { trendArrow, trendWords } from '../../../../common/glucose/trend';

const TABLE: [Trend, string, string][] = [
  ['fallingQuickly', '↓', 'falling quickly'],
  ['falling', '↘', 'falling'],
  ['flat', '→', 'steady'],
  ['rising', '↗', 'rising'],
  ['risingQuickly', '↑', 'rising quickly'],
  ['unknown', '?', 'trend unknown'],
];

describe('trend', () => {
  it.each(TABLE)('%s is %s (%s)', (trend, arrow, words) => {
    expect(trendArrow(trend)).toBe(arrow);
    expect(trendWords(trend)).toBe(words);
  });

  it('never shows an unknown trend as an arrow', () => {
    const arrows = TABLE.filter(([t]) => t !== 'unknown').map(([, a]) => a);
    expect(arrows).not.toContain(trendArrow('unknown'));
    expect(new Set(arrows).size).toBe(5);
  });

  it('treats a value outside the type (bad data at runtime) as unknown', () => {
    expect(trendArrow('sideways' as Trend)).toBe('?');
    expect(trendWords('sideways' as Trend)).toBe('trend unknown');
  });
});

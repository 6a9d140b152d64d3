// 5-band time in range: a stacked bar (exact widths) and a legend with whole percentages that
// add up to 100.
import type { TimeInRange } from '../../preload/contract';
import { h, setText } from '../dom';
import { formatPercent, roundPercents } from '../format/percent';
import { PRIVACY_MASK } from '../../common/glucose/privacy';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Component } from './component';

const BANDS: ReadonlyArray<keyof TimeInRange> = ['veryLow', 'low', 'inRange', 'high', 'veryHigh'];

export interface TirProps {
  tir: TimeInRange;
  privacy: boolean;
}

export function createTirBar(
  props: TirProps,
  i18n: Translator = ENGLISH_WORDS,
): Component<TirProps> {
  const bar = h('div', { class: 'tir-bar', 'aria-hidden': 'true' });
  const segments = BANDS.map((band) => h('span', { class: 'tir-seg', 'data-band': band }));
  const percents = BANDS.map(() => h('span', { class: 'tir-pct' }));
  const el = h(
    'div',
    { class: 'tir' },
    bar,
    h(
      'ul',
      { class: 'tir-legend', 'aria-label': i18n.t('tir.label') },
      ...BANDS.map((band, i) =>
        h(
          'li',
          { 'data-band': band },
          h('span', { class: 'tir-label' }, i18n.t(`tir.${band}`)),
          percents[i]!,
        ),
      ),
    ),
  );

  bar.append(...segments);

  function update(next: TirProps): void {
    // The bar's proportions are the numbers privacy mode hides.
    bar.hidden = next.privacy;
    const fractions = BANDS.map((band) => next.tir[band]);
    const rounded = roundPercents(fractions);
    const total = fractions.reduce((a, b) => a + b, 0) || 1;
    BANDS.forEach((_, i) => {
      // CSSOM writes are allowed under style-src 'self'; style attributes would not be.
      segments[i]!.style.width = `${((fractions[i] ?? 0) / total) * 100}%`;
      setText(
        percents[i]!,
        next.privacy ? PRIVACY_MASK : formatPercent(rounded[i] ?? 0, 0, i18n.locale),
      );
    });
  }

  update(props);
  return { el, update, destroy: () => el.remove() };
}

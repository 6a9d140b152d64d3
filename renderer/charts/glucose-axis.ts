// PURE: the glucose (y) axis both charts share: fixed bounds, our own ticks, unit-aware labels
// that privacy mode hides.
import type { Scale } from 'chart.js';
import type { Units } from '../../preload/contract';
import { unitDecimals } from '../../common/glucose/units';
import type { ChartPalette } from './chart-palette';
import { formatDecimal } from '../../common/i18n/format';
import type { UiLocale } from '../../common/i18n/languages';

export function glucoseYAxis(options: {
  bounds: { min: number; max: number };
  ticks: readonly number[];
  palette: ChartPalette;
  privacy: boolean;
  unit: Units;
  /** Tick numbers in this locale (`3,9`); plain `3.9` without one. */
  locale?: UiLocale | undefined;
}) {
  const { bounds, ticks, palette, privacy, unit, locale } = options;
  return {
    type: 'linear' as const,
    min: bounds.min,
    max: bounds.max,
    grid: { color: palette.grid },
    border: { color: palette.grid },
    afterBuildTicks: (axis: Scale) => {
      axis.ticks = ticks.map((value) => ({ value }));
    },
    ticks: {
      display: !privacy,
      color: palette.text,
      callback: (value: string | number) =>
        locale
          ? formatDecimal(Number(value), unitDecimals(unit), locale)
          : Number(value).toFixed(unitDecimals(unit)),
    },
  };
}

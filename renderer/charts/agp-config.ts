// PURE: the AGP-style percentile chart (glucose by time of day): 5–95 % and 25–75 % bands
// filled between their edges, and the median as a line. No DOM; unit-tested in Node.
import type { ChartConfiguration } from 'chart.js';
import type { Report, Units } from '../../preload/contract';
import type { UiLocale } from '../../common/i18n/languages';
import { formatMinuteOfDay } from '../format/time';
import { formatGlucose, fromMgdl } from '../../common/glucose/units';
import { glucoseTicks, yBounds } from './axes';
import { glucoseYAxis } from './glucose-axis';
import { DEFAULT_TARGETS } from '../../common/glucose/range';
import type { ChartPalette, Targets } from './chart-config';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';

export interface AgpPoint {
  x: number;
  y: number | null;
}

export interface AgpPalette extends ChartPalette {
  outerBand: string;
  innerBand: string;
  median: string;
}

export interface AgpInput {
  agp: Report['agp'];
  unit: Units;
  targets: Targets | null;
  privacy: boolean;
  palette: AgpPalette;
  /** Numbers on the glucose axis in this locale (decimal comma). */
  locale?: UiLocale;
}

/** One percentile row as points at the middle of each time-of-day bucket. */
export function agpPoints(row: readonly (number | null)[], bucketMinutes: number, unit: Units) {
  return row.map((mgdl, i): AgpPoint => ({
    x: i * bucketMinutes + bucketMinutes / 2,
    y: mgdl === null ? null : fromMgdl(mgdl, unit),
  }));
}

/** True when the report has at least one bucket with a median. */
export function hasAgpData(agp: Report['agp']): boolean {
  return agp.p50.some((v) => v !== null);
}

/** Spoken summary: where the median is lowest and highest during the day. */
export function summarizeAgp(
  agp: Report['agp'],
  unit: Units,
  privacy: boolean,
  i18n: Translator = ENGLISH_WORDS,
): string {
  if (!hasAgpData(agp)) return i18n.t('agp.summaryEmpty');
  if (privacy) return i18n.t('agp.summaryPrivacy');
  let lo = -1;
  let hi = -1;
  agp.p50.forEach((v, i) => {
    if (v === null) return;
    if (lo < 0 || v < (agp.p50[lo] ?? Infinity)) lo = i;
    if (hi < 0 || v > (agp.p50[hi] ?? -Infinity)) hi = i;
  });
  const at = (i: number) => formatMinuteOfDay(i * agp.bucketMinutes);
  const value = (i: number) => formatGlucose(agp.p50[i] ?? 0, unit, i18n.locale);
  return i18n.t('agp.summary', {
    lowest: value(lo),
    lowestAt: at(lo),
    highest: value(hi),
    highestAt: at(hi),
    unit,
  });
}

export function buildAgpConfig(input: AgpInput): ChartConfiguration<'line', AgpPoint[]> {
  const { agp, unit, palette, privacy } = input;
  const targets = input.targets ?? DEFAULT_TARGETS;
  // Privacy mode draws no bands or median (see chart-config.ts) and scales to none of them.
  const all = privacy ? [] : [...agp.p5, ...agp.p95].filter((v): v is number => v !== null);
  const bounds = yBounds(all, unit);
  const yTicks = glucoseTicks(bounds, targets, unit);
  const row = (values: readonly (number | null)[]) =>
    privacy ? [] : agpPoints(values, agp.bucketMinutes, unit);
  const edge = { borderWidth: 0, pointRadius: 0, fill: false } as const;
  return {
    type: 'line',
    data: {
      datasets: [
        { ...edge, data: row(agp.p5), label: 'p5' },
        {
          ...edge,
          data: row(agp.p95),
          label: 'p95',
          fill: { target: 0 },
          backgroundColor: palette.outerBand,
        },
        { ...edge, data: row(agp.p25), label: 'p25' },
        {
          ...edge,
          data: row(agp.p75),
          label: 'p75',
          fill: { target: 2 },
          backgroundColor: palette.innerBand,
        },
        {
          data: row(agp.p50),
          label: 'p50',
          borderColor: palette.median,
          borderWidth: 2,
          pointRadius: 0,
          fill: false,
          tension: 0.3,
        },
      ],
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: 1440,
          grid: { color: palette.grid },
          border: { color: palette.grid },
          afterBuildTicks: (axis) => {
            axis.ticks = [0, 360, 720, 1080, 1440].map((value) => ({ value }));
          },
          ticks: {
            display: !privacy,
            color: palette.text,
            maxRotation: 0,
            callback: (value) => formatMinuteOfDay(Number(value)),
          },
        },
        y: glucoseYAxis({ bounds, ticks: yTicks, palette, privacy, unit, locale: input.locale }),
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        glucoseBands: {
          band: { low: fromMgdl(targets.lowMgdl, unit), high: fromMgdl(targets.highMgdl, unit) },
          lines: [],
          bandColour: palette.band,
          lineColour: palette.threshold,
        },
      },
    },
  };
}

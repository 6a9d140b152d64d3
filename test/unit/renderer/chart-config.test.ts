// The history chart's decisions, checked without a DOM: colours per range, bounds, ticks, band
// and threshold lines, decimation, tooltips, privacy and the spoken summary.
import type { ScriptableContext, ScriptableLineSegmentContext } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  gapLimit,
  glucoseTicks,
  pointRadius,
  timeTicks,
  yBounds,
} from '../../../renderer/charts/axes';
import {
  buildHistoryConfig,
  colourOf,
  describePoint,
  summarize,
  toPoints,
  type HistoryChartInput,
} from '../../../renderer/charts/chart-config';
import { classifyRange, DEFAULT_TARGETS, type TargetRange } from '../../../common/glucose/range';
import { MGDL_PER_MMOL } from '../../../common/glucose/units';
import { createTranslator } from '../../../common/i18n/catalogs';
import { describeBucket } from '../../../renderer/charts/long-span-config';

const german = createTranslator({ language: 'de', tag: 'de-DE' });
const french = createTranslator({ language: 'fr', tag: 'fr-FR' });

/** The band the chart colours a value by: the common rule, with LibreLinkUp's default targets. */
const rangeOf = (mgdl: number, targets: TargetRange | null) =>
  classifyRange(mgdl, targets ?? DEFAULT_TARGETS);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const palette: HistoryChartInput['palette'] = {
  veryLow: 'VL',
  low: 'L',
  inRange: 'IR',
  high: 'H',
  veryHigh: 'VH',
  line: 'line',
  band: 'band',
  threshold: 'thr',
  grid: 'grid',
  text: 'text',
  outerBand: 'OB',
  innerBand: 'IB',
};
const TO = Date.UTC(2026, 2, 10, 13, 30);

function input(overrides: Partial<HistoryChartInput> = {}): HistoryChartInput {
  return {
    span: '3h',
    from: TO - 3 * HOUR,
    to: TO,
    times: [TO - 2 * HOUR, TO - HOUR, TO - 30 * 60_000, TO],
    mgdl: [60, 120, 200, 150],
    unit: 'mg/dL',
    secondaryUnit: null,
    targets: { lowMgdl: 70, highMgdl: 180 },
    thresholds: { lowMgdl: 70, highMgdl: 240 },
    privacy: false,
    palette,
    ...overrides,
  };
}

/** Runs a scale's afterBuildTicks as Chart.js would and returns the tick values. */
function ticksOf(scale: unknown): number[] {
  const axis = { ticks: [] as Array<{ value: number }> };
  (scale as { afterBuildTicks: (a: typeof axis) => void }).afterBuildTicks(axis);
  return axis.ticks.map((t) => t.value);
}

describe('ranges and colours', () => {
  it('classifies on the consensus limits and the patient’s targets', () => {
    const t = { lowMgdl: 70, highMgdl: 180 };
    expect([53, 54, 69, 70, 180, 181, 250, 251].map((v) => rangeOf(v, t))).toEqual([
      'veryLow',
      'low',
      'low',
      'inRange',
      'inRange',
      'high',
      'high',
      'veryHigh',
    ]);
    expect(rangeOf(75, { lowMgdl: 80, highMgdl: 160 })).toBe('low');
    expect(rangeOf(170, { lowMgdl: 80, highMgdl: 160 })).toBe('high');
    // Without targets, LibreLinkUp's defaults apply.
    expect(rangeOf(69, null)).toBe('low');
    expect(rangeOf(181, null)).toBe('high');
  });

  it('colours points and line segments by range', () => {
    expect([40, 65, 100, 200, 300].map((v) => colourOf(v, null, palette))).toEqual([
      'VL',
      'L',
      'IR',
      'H',
      'VH',
    ]);
    const dataset = buildHistoryConfig(input()).data.datasets[0]!;
    const pointColour = dataset.pointBackgroundColor as (ctx: ScriptableContext<'line'>) => string;
    const at = (y: number) => pointColour({ parsed: { x: 0, y } } as ScriptableContext<'line'>);
    expect([at(50), at(65), at(120), at(190), at(260)]).toEqual(['VL', 'L', 'IR', 'H', 'VH']);
    const segment = (dataset.segment as { borderColor: unknown }).borderColor as (
      ctx: ScriptableLineSegmentContext,
    ) => string;
    const between = (a: number, b: number) =>
      segment({
        p0: { parsed: { y: a } },
        p1: { parsed: { y: b } },
      } as unknown as ScriptableLineSegmentContext);
    expect(between(100, 140)).toBe('IR');
    expect(between(180, 220)).toBe('H');
  });

  it('classifies mmol/L points by their mg/dL value', () => {
    const dataset = buildHistoryConfig(input({ unit: 'mmol/L' })).data.datasets[0]!;
    const pointColour = dataset.pointBackgroundColor as (ctx: ScriptableContext<'line'>) => string;
    const at = (y: number) => pointColour({ parsed: { x: 0, y } } as ScriptableContext<'line'>);
    expect([at(3.5), at(3.8), at(7), at(10.5), at(14)]).toEqual(['L', 'L', 'IR', 'H', 'VH']);
  });
});

describe('geometry', () => {
  it('turns readings into points in the axis unit', () => {
    expect(toPoints([1, 2], [90, 180], 'mg/dL')).toEqual([
      { x: 1, y: 90 },
      { x: 2, y: 180 },
    ]);
    const mmol = toPoints([1, 2, 3], [MGDL_PER_MMOL * 5, MGDL_PER_MMOL * 10], 'mmol/L');
    expect(mmol).toHaveLength(2);
    expect(mmol[0]!.y).toBeCloseTo(5, 10);
    expect(mmol[1]!.y).toBeCloseTo(10, 10);
  });

  it('keeps the LO floor and grows the ceiling in round steps', () => {
    expect(yBounds([100, 200], 'mg/dL')).toEqual({ min: 40, max: 250 });
    expect(yBounds([100, 301], 'mg/dL')).toEqual({ min: 40, max: 350 });
    expect(yBounds([100], 'mg/dL', [260])).toEqual({ min: 40, max: 300 });
    expect(yBounds([600], 'mg/dL')).toEqual({ min: 40, max: 500 });
    expect(yBounds([100], 'mmol/L')).toEqual({ min: 2, max: 14 });
    expect(yBounds([20 * MGDL_PER_MMOL], 'mmol/L')).toEqual({ min: 2, max: 20 });
  });

  it('labels the y axis at its bounds and the target edges', () => {
    expect(glucoseTicks({ min: 40, max: 250 }, { lowMgdl: 70, highMgdl: 180 }, 'mg/dL')).toEqual([
      40, 70, 180, 250,
    ]);
    const mmol = glucoseTicks({ min: 2, max: 14 }, { lowMgdl: 70, highMgdl: 180 }, 'mmol/L');
    expect(mmol.map((v) => v.toFixed(1))).toEqual(['2.0', '3.9', '10.0', '14.0']);
  });

  it('places hour ticks on whole local hours of the step, inside the span', () => {
    const from = TO - 24 * HOUR + 17 * 60_000;
    const ticks = timeTicks(from, TO, '24h');
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    for (const t of ticks) {
      const d = new Date(t);
      expect(d.getMinutes()).toBe(0);
      expect(d.getHours() % 4).toBe(0);
      expect(t).toBeGreaterThanOrEqual(from);
      expect(t).toBeLessThanOrEqual(TO);
    }
    expect(ticks[0]! - from).toBeLessThan(4 * HOUR);
  });

  it('places day ticks on local midnights, every N days', () => {
    const ticks = timeTicks(TO - 14 * DAY, TO, '14d');
    expect(ticks).toHaveLength(7);
    for (const t of ticks) expect(new Date(t).getHours()).toBe(0);
    expect(new Date(ticks[1]!).getDate() - new Date(ticks[0]!).getDate()).toBe(2);
  });

  it('breaks the line at missing readings, wider for long spans', () => {
    expect(gapLimit('3h')).toBe(25 * 60_000);
    expect(gapLimit('90d')).toBeGreaterThan(12 * HOUR);
    expect(pointRadius('12h', 48)).toBeGreaterThan(0);
    expect(pointRadius('24h', 1440)).toBe(0);
    expect(pointRadius('7d', 100)).toBe(0);
  });
});

describe('configuration', () => {
  it('is static (no animation), pre-parsed, and decimates with min-max', () => {
    const config = buildHistoryConfig(input());
    expect(config.type).toBe('line');
    expect(config.options?.animation).toBe(false);
    expect(config.options?.parsing).toBe(false);
    expect(config.options?.plugins?.decimation).toEqual({ enabled: true, algorithm: 'min-max' });
    const x = config.options?.scales?.['x'];
    expect(x).toMatchObject({ type: 'linear', min: TO - 3 * HOUR, max: TO });
    expect(ticksOf(x)).toEqual(timeTicks(TO - 3 * HOUR, TO, '3h'));
    expect(config.data.datasets[0]!.data).toHaveLength(4);
  });

  it('draws the target band and only the thresholds that are set, in the axis unit', () => {
    const mg = buildHistoryConfig(input()).options?.plugins?.glucoseBands;
    expect(mg).toMatchObject({
      band: { low: 70, high: 180 },
      lines: [
        { value: 70, label: 'Low alarm 70' },
        { value: 240, label: 'High alarm 240' },
      ],
    });
    const mmol = buildHistoryConfig(
      input({ unit: 'mmol/L', thresholds: { lowMgdl: null, highMgdl: 180 } }),
    ).options?.plugins?.glucoseBands;
    expect(mmol?.band?.low).toBeCloseTo(70 / MGDL_PER_MMOL, 10);
    expect(mmol?.lines).toHaveLength(1);
    expect(mmol?.lines?.[0]?.value).toBeCloseTo(180 / MGDL_PER_MMOL, 10);
    expect(mmol?.lines?.[0]?.label).toBe('High alarm 10.0');
    // Privacy mode names the lines but gives no number.
    const hidden = buildHistoryConfig(input({ privacy: true })).options?.plugins?.glucoseBands;
    expect(hidden?.lines?.map((l) => l.label)).toEqual(['Low alarm', 'High alarm']);
    const noTargets = buildHistoryConfig(input({ targets: null })).options?.plugins?.glucoseBands;
    expect(noTargets?.band).toEqual({ low: 70, high: 180 });
  });

  it('leaves room for the newest point at the right edge', () => {
    const config = buildHistoryConfig(input());
    const radius = Number(config.data.datasets[0]?.pointRadius);
    const padding = (config.options?.layout?.padding as { right: number }).right;
    const clip = config.data.datasets[0]?.clip as { right: number };
    expect(padding).toBeGreaterThanOrEqual(radius + 1);
    expect(clip.right).toBeGreaterThanOrEqual(radius + 1);
  });

  it('formats axis labels per unit and span', () => {
    const y = buildHistoryConfig(input({ unit: 'mmol/L' })).options?.scales?.['y'];
    const label = (y?.ticks as { callback: (v: number) => string }).callback;
    expect(label(3.8855)).toBe('3.9');
    const x = buildHistoryConfig(input({ span: '7d', from: TO - 7 * DAY })).options?.scales?.['x'];
    const xLabel = (x?.ticks as { callback: (v: number) => string }).callback;
    expect(xLabel(TO)).not.toMatch(/:/);
  });

  it('privacy mode: no axis labels and masked tooltips', () => {
    const config = buildHistoryConfig(input({ privacy: true }));
    expect(config.options?.scales?.['x']?.ticks?.display).toBe(false);
    expect(config.options?.scales?.['y']?.ticks?.display).toBe(false);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: unknown) => string;
    expect(label({ raw: { x: TO, y: 131 } })).toMatch(/: •••$/);
    const open = buildHistoryConfig(input());
    expect(open.options?.scales?.['y']?.ticks?.display).toBe(true);
  });

  it('privacy mode draws no curve: its shape and colours would tell', () => {
    expect(buildHistoryConfig(input({ privacy: true })).data.datasets[0]?.data).toEqual([]);
    expect(buildHistoryConfig(input()).data.datasets[0]?.data.length).toBeGreaterThan(0);
  });

  it('does not touch the DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(() => buildHistoryConfig(input({ span: '90d' }))).not.toThrow();
  });
});

describe('words', () => {
  it('describes a point with time, value, unit and band', () => {
    const base = input();
    expect(describePoint({ x: TO, y: 62 }, base)).toMatch(/^\d\d:\d\d( [AP]M)?: 62 mg\/dL, low$/);
    expect(describePoint({ x: TO, y: 131 }, { ...base, secondaryUnit: 'mmol/L' })).toMatch(
      /131 mg\/dL \(7\.3 mmol\/L\), in range$/,
    );
    expect(describePoint({ x: TO, y: 12 }, { ...base, unit: 'mmol/L' })).toMatch(
      /12\.0 mmol\/L, high$/,
    );
    expect(describePoint({ x: TO, y: 40 }, { ...base, span: '30d' })).toMatch(/Mar.*very low$/);
  });

  it('summarises a span for screen readers', () => {
    const mgdl = [60, 100, 150, 200];
    expect(summarize({ span: '24h', mgdl, unit: 'mg/dL', targets: null, privacy: false })).toBe(
      '24 hours: 50% in range, lowest 60, highest 200 mg/dL',
    );
    expect(
      summarize({
        span: '7d',
        mgdl,
        unit: 'mmol/L',
        targets: { lowMgdl: 55, highMgdl: 250 },
        privacy: false,
      }),
    ).toBe('7 days: 100% in range, lowest 3.3, highest 11.1 mmol/L');
    expect(summarize({ span: '3h', mgdl: [], unit: 'mg/dL', targets: null, privacy: false })).toBe(
      '3 hours: no readings',
    );
    const hidden = summarize({ span: '3h', mgdl, unit: 'mg/dL', targets: null, privacy: true });
    expect(hidden).not.toMatch(/\d{2}|%/);
  });

  it('speaks German and French: words from the catalog, decimal comma, 24-hour clock', () => {
    // 14:05 UTC; the unit project runs in UTC (formatClock uses the viewer's zone).
    const at = Date.UTC(2026, 2, 9, 14, 5);
    const mmol = { ...input(), unit: 'mmol/L' as const };
    expect(describePoint({ x: at, y: 15.9 }, mmol, german)).toMatch(
      /^\d\d:05: 15,9 mmol\/L, sehr hoch$/,
    );
    expect(describePoint({ x: at, y: 3.5 }, mmol, french)).toMatch(
      /^\d\d:05 : 3,5 mmol\/L, basse$/,
    );
    expect(
      summarize(
        { span: '7d', mgdl: [60, 100, 150, 200], unit: 'mmol/L', targets: null, privacy: false },
        german,
      ),
    ).toBe('7 Tage: 50\u00a0% im Zielbereich, niedrigster Wert 3,3, höchster 11,1 mmol/L');
    const bucket = {
      start: at,
      end: at + HOUR,
      count: 12,
      p5: 60,
      p25: 90,
      p50: 120,
      p75: 150,
      p95: 200,
      min: 55,
      max: 210,
    };
    expect(describeBucket(bucket, 'mmol/L', french)).toBe(
      'médiane 6,7 mmol/L, moitié centrale 5,0–8,3, minimum 3,1',
    );
    const lines = buildHistoryConfig(
      input({ unit: 'mmol/L', thresholds: { lowMgdl: 70, highMgdl: 240 } }),
      german,
    ).options?.plugins?.glucoseBands?.lines;
    expect(lines?.map((l) => l.label)).toEqual(['Alarm niedrig 3,9', 'Alarm hoch 13,3']);
  });
});

describe('long spans: buckets, not a solid band of readings', () => {
  const MIN = 60_000;
  /** 90 days of minute data (129,600 readings), a low of 20 minutes on one day. */
  function ninety(): HistoryChartInput {
    const from = TO - 90 * DAY;
    const times: number[] = [];
    const mgdl: number[] = [];
    for (let t = from + MIN; t <= TO; t += MIN) {
      times.push(t);
      const lowDay = t > TO - 40 * DAY && t <= TO - 40 * DAY + 20 * MIN;
      mgdl.push(lowDay ? 50 : 120 + 40 * Math.sin(t / (4 * HOUR)));
    }
    return input({ span: '90d', from, times, mgdl });
  }

  it('draws one median per day (90 d) with 25–75 % and 5–95 % bands, not every reading', () => {
    const config = buildHistoryConfig(ninety());
    const [median, p5, p95, p25, p75, lows] = config.data.datasets;
    expect(median?.data.length).toBeGreaterThanOrEqual(90);
    expect(median?.data.length).toBeLessThanOrEqual(91);
    expect([p5, p95, p25, p75].map((d) => d?.label)).toEqual(['p5', 'p95', 'p25', 'p75']);
    expect(p95?.fill).toEqual({ target: 1 });
    expect(p75?.fill).toEqual({ target: 3 });
    // The 20-minute low moves no median, but stays visible as that day's lowest reading.
    expect(lows?.data).toHaveLength(1);
    expect(lows?.data[0]?.y).toBe(50);
  });

  it('buckets by 1 h for 7 days, 2 h for 14, 6 h for 30', () => {
    const week = input({
      span: '7d',
      from: TO - 7 * DAY,
      times: Array.from({ length: 7 * 24 * 12 }, (_, i) => TO - 7 * DAY + (i + 1) * 5 * MIN),
      mgdl: Array.from({ length: 7 * 24 * 12 }, () => 120),
    });
    expect(buildHistoryConfig(week).data.datasets[0]?.data.length).toBeGreaterThanOrEqual(168);
    expect(buildHistoryConfig(week).data.datasets[0]?.data.length).toBeLessThanOrEqual(169);
    expect(
      buildHistoryConfig({ ...week, span: '14d' }).data.datasets[0]?.data.length,
    ).toBeLessThanOrEqual(85);
    expect(
      buildHistoryConfig({ ...week, span: '30d' }).data.datasets[0]?.data.length,
    ).toBeLessThanOrEqual(29);
  });

  it('describes a bucket by its time, median, middle half and lowest reading', () => {
    const config = buildHistoryConfig(ninety());
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: unknown) => string;
    const point = config.data.datasets[0]!.data.at(-2)!;
    expect(label({ raw: point })).toMatch(
      /^[\w ]+: median \d+ mg\/dL, middle half \d+–\d+, lowest \d+$/,
    );
  });

  it('draws no bucket in privacy mode', () => {
    const config = buildHistoryConfig({ ...ninety(), privacy: true });
    expect(config.data.datasets.map((d) => d.data.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

// The AGP chart's decisions: bucket positions, which band fills to which edge, privacy, words.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../common/i18n/catalogs';
import {
  agpPoints,
  buildAgpConfig,
  hasAgpData,
  summarizeAgp,
  type AgpPalette,
} from '../../../renderer/charts/agp-config';
import type { Report } from '../../../preload/contract';

const palette = Object.fromEntries(
  [
    'veryLow',
    'low',
    'inRange',
    'high',
    'veryHigh',
    'line',
    'band',
    'threshold',
    'grid',
    'text',
    'outerBand',
    'innerBand',
    'median',
  ].map((k) => [k, k]),
) as unknown as AgpPalette;

function agp(p50: (number | null)[]): Report['agp'] {
  const shift = (d: number) => p50.map((v) => (v === null ? null : v + d));
  return {
    bucketMinutes: 360,
    p5: shift(-60),
    p25: shift(-20),
    p50,
    p75: shift(20),
    p95: shift(80),
  };
}

describe('AGP chart', () => {
  it('puts each bucket at the middle of its time of day, keeping gaps', () => {
    expect(agpPoints([100, null, 120, 140], 360, 'mg/dL')).toEqual([
      { x: 180, y: 100 },
      { x: 540, y: null },
      { x: 900, y: 120 },
      { x: 1260, y: 140 },
    ]);
    expect(agpPoints([180.182], 60, 'mmol/L')[0]?.y).toBeCloseTo(10, 10);
  });

  it('fills 5–95 and 25–75 between their own edges and draws the median on top', () => {
    const config = buildAgpConfig({
      agp: agp([100, 150, 200, 120]),
      unit: 'mg/dL',
      targets: null,
      privacy: false,
      palette,
    });
    const sets = config.data.datasets;
    expect(sets.map((d) => d.label)).toEqual(['p5', 'p95', 'p25', 'p75', 'p50']);
    expect(sets[1]).toMatchObject({ fill: { target: 0 }, backgroundColor: 'outerBand' });
    expect(sets[3]).toMatchObject({ fill: { target: 2 }, backgroundColor: 'innerBand' });
    expect(sets[4]).toMatchObject({ fill: false, borderColor: 'median' });
    expect(config.options?.animation).toBe(false);
    expect(config.options?.scales?.['x']).toMatchObject({ min: 0, max: 1440 });
    // The y axis makes room for the 95th percentile.
    expect(config.options?.scales?.['y']).toMatchObject({ min: 40, max: 300 });
    expect(config.options?.plugins?.glucoseBands?.band).toEqual({ low: 70, high: 180 });
  });

  it('hides axis labels in privacy mode', () => {
    const config = buildAgpConfig({
      agp: agp([100]),
      unit: 'mg/dL',
      targets: null,
      privacy: true,
      palette,
    });
    expect(config.options?.scales?.['x']?.ticks?.display).toBe(false);
    expect(config.options?.scales?.['y']?.ticks?.display).toBe(false);
    // Nor bands or median: their shape is the wearer's day.
    expect(config.data.datasets.map((d) => d.data.length)).toEqual([0, 0, 0, 0, 0]);
  });

  it('summarises where the median is lowest and highest', () => {
    expect(summarizeAgp(agp([100, 90, 200, null]), 'mg/dL', false)).toBe(
      'Daily pattern: median lowest 90 around 06:00, highest 200 around 12:00 mg/dL',
    );
    expect(summarizeAgp(agp([null, null]), 'mg/dL', false)).toBe(
      'Daily pattern: not enough readings',
    );
    expect(summarizeAgp(agp([100]), 'mg/dL', true)).not.toMatch(/\d/);
    const french = createTranslator({ language: 'fr', tag: 'fr-FR' });
    expect(summarizeAgp(agp([100, 90, 200, null]), 'mmol/L', false, french)).toBe(
      'Profil glycémique : médiane la plus basse 5,0 vers 06:00, la plus haute 11,1 vers 12:00 mmol/L',
    );
    expect(hasAgpData(agp([null, 5]))).toBe(true);
    expect(hasAgpData(agp([null]))).toBe(false);
  });
});

// The band plugin draws each threshold line with its label, on the canvas Chart.js hands it.
import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { glucoseBandPlugin } from '../../../renderer/charts/band-plugin';

function fakeChart() {
  const texts: Array<{ text: string; x: number; y: number; baseline: string }> = [];
  const ctx = {
    textBaseline: 'alphabetic',
    save() {},
    restore() {},
    fillRect() {},
    setLineDash() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, baseline: this.textBaseline });
    },
  };
  // y: value 0 at pixel 200, 1 px per unit; plot area 0..300 × 10..200.
  const chart = {
    ctx,
    chartArea: { left: 0, right: 300, top: 10, bottom: 200 },
    scales: { y: { getPixelForValue: (v: number) => 200 - v } },
  } as unknown as Chart;
  return { chart, texts };
}

describe('glucoseBandPlugin', () => {
  it('labels each threshold line at the right end, above it or below it at the top', () => {
    const { chart, texts } = fakeChart();
    const options = {
      band: null,
      lines: [
        { value: 70, label: 'Low alarm 70' },
        { value: 185, label: 'High alarm 185' },
        { value: 400, label: 'off the plot' },
      ],
      bandColour: 'b',
      lineColour: 'l',
      labelColour: 't',
    };
    glucoseBandPlugin.beforeDatasetsDraw?.(chart, { cancelable: true } as never, options);
    expect(texts).toEqual([
      { text: 'Low alarm 70', x: 298, y: 128.5, baseline: 'bottom' },
      { text: 'High alarm 185', x: 298, y: 17.5, baseline: 'top' },
    ]);
  });
});

// Draws the target range as a band and the alarm thresholds as labelled dashed lines behind
// the data (a dashed line alone does not say what it is).
// A plugin object (not extra datasets) keeps the band out of tooltips, keyboard navigation
// and decimation, and being code rather than a style sheet it needs nothing from the CSP.
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface GlucoseBandOptions {
  /** Target range in the y axis' unit, or null for none. */
  band: { low: number; high: number } | null;
  /** Horizontal threshold lines in the y axis' unit, each with its label. */
  lines: Array<{ value: number; label: string }>;
  bandColour: string;
  lineColour: string;
  /** Colour of the lines' labels. */
  labelColour?: string;
}

const LABEL_FONT_PX = 10;

declare module 'chart.js' {
  // Declaration merging must repeat Chart.js' type parameter even though this entry ignores it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Options of {@link glucoseBandPlugin}. */
    glucoseBands?: GlucoseBandOptions;
  }
}

function draw(chart: Chart, options: GlucoseBandOptions): void {
  const { ctx, chartArea, scales } = chart;
  const y = scales['y'];
  if (!y || !chartArea) return;
  const clampY = (value: number) =>
    Math.min(chartArea.bottom, Math.max(chartArea.top, y.getPixelForValue(value)));
  ctx.save();
  if (options.band) {
    const top = clampY(options.band.high);
    const bottom = clampY(options.band.low);
    ctx.fillStyle = options.bandColour;
    ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
  }
  ctx.strokeStyle = options.lineColour;
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 3]);
  ctx.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.fillStyle = options.labelColour ?? options.lineColour;
  for (const { value, label } of options.lines) {
    const py = Math.round(y.getPixelForValue(value)) + 0.5;
    if (py < chartArea.top || py > chartArea.bottom) continue;
    ctx.beginPath();
    ctx.moveTo(chartArea.left, py);
    ctx.lineTo(chartArea.right, py);
    ctx.stroke();
    // Above the line, or below it when the line runs along the top of the plot.
    const above = py - LABEL_FONT_PX - 2 >= chartArea.top;
    ctx.textBaseline = above ? 'bottom' : 'top';
    ctx.fillText(label, chartArea.right - 2, above ? py - 2 : py + 2);
  }
  ctx.restore();
}

export const glucoseBandPlugin: Plugin = {
  id: 'glucoseBands',
  beforeDatasetsDraw(chart, _args, options) {
    if (options && typeof options === 'object' && 'lineColour' in options) {
      draw(chart, options as GlucoseBandOptions);
    }
  },
};

// Chart.js registered piece by piece so the bundle carries only what the popover draws
// (no time scale: x values are epoch ms on a linear scale with our own ticks, so no date adapter).
import {
  Chart,
  Decimation,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { glucoseBandPlugin } from './band-plugin';

export function registerChartParts(): typeof Chart {
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    LinearScale,
    Filler,
    Tooltip,
    Decimation,
    glucoseBandPlugin,
  );
  return Chart;
}

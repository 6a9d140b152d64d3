// The chart colours as plain strings (palette.ts reads them from the style sheet). Its own
// module so chart-config.ts and glucose-axis.ts do not import each other.

export interface ChartPalette {
  veryLow: string;
  low: string;
  inRange: string;
  high: string;
  veryHigh: string;
  line: string;
  band: string;
  threshold: string;
  grid: string;
  text: string;
}

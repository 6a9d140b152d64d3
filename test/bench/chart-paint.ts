// Chart paint time in the built popover (out/renderer) under Debian Chromium: from the history
// reaching the page (mark `glucobar:history-received`) to Chart.js having drawn it
// (`glucobar:chart-drawn`) and to the next frame (`glucobar:chart-painted`). Minute data for
// 24 h (1,440 points) and 90 d (129,600 points). Prints figures; asserts nothing.
import type { Page } from 'playwright-core';
import type { ChartSpan } from '../../preload/contract';
import { launchChromium } from '../helpers/browser';
import { makeHistory, makeSettings, makeSnapshot } from '../helpers/snapshots';
import { serveDirectory } from '../helpers/static-server';
import { injectStubApi } from '../helpers/stub-api';

const RUNS = 7;
const SPANS: ChartSpan[] = ['24h', '90d'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Selects `span` and returns [received→drawn, received→painted] in ms for that redraw. */
async function measure(page: Page, span: ChartSpan): Promise<[number, number]> {
  const before = await page.evaluate(
    () => performance.getEntriesByName('glucobar:chart-painted').length,
  );
  await page.click(`.spans [data-span="${span}"]`);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('glucobar:chart-painted').length > n,
    before,
    { timeout: 60_000 },
  );
  // No helper functions inside: tsx would wrap them in a `__name` call the page does not have.
  const [received, drawn, painted] = await page.evaluate(() =>
    ['glucobar:history-received', 'glucobar:chart-drawn', 'glucobar:chart-painted'].map(
      (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN,
    ),
  );
  return [drawn! - received!, painted! - received!];
}

export async function benchChartPaint(): Promise<string[]> {
  const history = Object.fromEntries(SPANS.map((span) => [span, makeHistory(span, 1)]));
  const server = await serveDirectory('out/renderer');
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 560 } });
    await injectStubApi(page, {
      snapshot: makeSnapshot(),
      settings: makeSettings(),
      history,
    });
    await page.goto(server.url);
    await page.waitForSelector('.spans');
    const results = new Map<ChartSpan, Array<[number, number]>>(SPANS.map((s) => [s, []]));
    // One warm-up round (JIT, fonts), then alternate spans so every click redraws.
    for (let round = 0; round <= RUNS; round += 1) {
      for (const span of SPANS) {
        const timing = await measure(page, span);
        if (round > 0) results.get(span)!.push(timing);
      }
    }
    for (const span of SPANS) {
      const runs = results.get(span)!;
      const points = history[span]!.times.length.toLocaleString('en');
      // Long spans are drawn aggregated (renderer/charts/long-span.ts: 90 d as 1-day buckets).
      const shape = span === '90d' ? ' aggregated into 1-day buckets' : '';
      lines.push(
        `${span} (${points} points${shape}): drawn ${median(runs.map((r) => r[0])).toFixed(1)} ms, ` +
          `painted ${median(runs.map((r) => r[1])).toFixed(1)} ms (median of ${runs.length})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}

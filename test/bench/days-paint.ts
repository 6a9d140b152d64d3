// The report's small multiples (one inline-SVG graph per day) for 90 days in the built popover
// under Debian Chromium: from the start of the redraw (mark `glucobar:days-start`) to the DOM
// built (`glucobar:days-drawn`) and to the next frame (`glucobar:days-painted`, which includes
// style, layout and paint of the 91 cells). Prints figures; asserts nothing.
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { makeReport, makeSettings, makeSnapshot } from '../helpers/snapshots';
import { serveDirectory } from '../helpers/static-server';
import { injectStubApi } from '../helpers/stub-api';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Chooses `span` in the report and returns [start→drawn, start→painted] in ms. */
async function measure(page: Page, span: string): Promise<[number, number]> {
  const before = await page.evaluate(
    () => performance.getEntriesByName('glucobar:days-painted').length,
  );
  await page.click(`.report [data-span="${span}"]`);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('glucobar:days-painted').length > n,
    before,
    { timeout: 60_000 },
  );
  // No helper functions inside: tsx would wrap them in a `__name` call the page does not have.
  const [start, drawn, painted] = await page.evaluate(() =>
    ['glucobar:days-start', 'glucobar:days-drawn', 'glucobar:days-painted'].map(
      (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN,
    ),
  );
  return [drawn! - start!, painted! - start!];
}

export async function benchDaysPaint(): Promise<string[]> {
  const server = await serveDirectory('out/renderer');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 380, height: 560 } });
    // The stub answers every span with this 90-day report (91 day cells).
    const report = makeReport('90d');
    await injectStubApi(page, { snapshot: makeSnapshot(), settings: makeSettings(), report });
    await page.goto(server.url);
    await page.click('#tab-report');
    await page.waitForSelector('.day-grid .day');
    const runs: Array<[number, number]> = [];
    // One warm-up round, then alternate spans so every click draws all days anew.
    for (let round = 0; round <= RUNS; round += 1) {
      const timing = await measure(page, '90d');
      await measure(page, '30d');
      if (round > 0) runs.push(timing);
    }
    const days = report.days.profiles.length;
    return [
      `small multiples, ${days} days: drawn ${median(runs.map((r) => r[0])).toFixed(1)} ms, ` +
        `painted ${median(runs.map((r) => r[1])).toFixed(1)} ms (median of ${runs.length})`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

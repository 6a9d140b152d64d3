// History as the popover shows it: the chart, other spans, the report and the CSV export,
// each checked against the readings the simulator published (nothing invented, none lost).
import { describe, expect, it } from 'vitest';
import {
  INVOKE,
  type ChartSpan,
  type HistorySeries,
  type Report,
  type Result,
} from '../../preload/contract';
import { DEMO_CREDENTIALS, type PublishedReadingView } from '../../main/simulator';
import { useE2eSuite, type E2eWorld } from './harness';
import { clockText, openTab, readChartPoints, shownValue } from './popover-page';

const suite = useE2eSuite();
const HOUR = 3_600_000;

/** The poller asks for the first graph once the next live reading has been caught (≈ 90 s). */
const FIRST_GRAPH_WAIT_MS = 150_000;

async function signedIn(): Promise<{ world: E2eWorld; patientId: string; startedAt: number }> {
  const world = await suite.open({ credentials: DEMO_CREDENTIALS });
  await expect.poll(() => shownValue(world.page)).not.toBeNull();
  await world.idle();
  const startedAt = world.main.sim.control.liveReading(
    world.main.core.snapshot().selectedPatientId ?? '',
  )!.time;
  await world.advance(FIRST_GRAPH_WAIT_MS);
  return { world, patientId: world.main.core.snapshot().selectedPatientId ?? '', startedAt };
}

/**
 * What the app can know of the last `hours`: the graph points the server published (it was
 * asked for the graph once, at start) and the one live value it was shown; oldest first.
 */
function expectedReadings(world: E2eWorld, patientId: string, hours: number, startedAt: number) {
  const { control } = world.main.sim;
  const now = world.main.clock.now();
  const graph = control.publishedReadings(patientId, now - hours * HOUR, now, 'graph');
  // The live values the app was shown: the newest one at its start, then each new one since.
  const live = control.publishedReadings(patientId, startedAt, now, 'live');
  const byTime = new Map([...graph, ...live].map((r) => [r.time, r]));
  const readings: PublishedReadingView[] = [...byTime.values()].sort((a, b) => a.time - b.time);
  // Every one of them is something the server really showed (live or graph) at its time.
  const published = control.publishedReadings(patientId, now - hours * HOUR, now, 'all');
  const shown = new Map(published.map((r) => [r.time, r.mgdl]));
  expect(readings.every((r) => shown.get(r.time) === r.mgdl)).toBe(true);
  return readings;
}

/** The last answer of `channel` the renderer was given for this patient and span. */
function lastAnswer<T extends { patientId: string; span: ChartSpan }>(
  world: E2eWorld,
  channel: string,
  patientId: string,
  span: ChartSpan,
): T | undefined {
  return world.main.ipc.messages
    .filter((m) => m.direction === 'answer' && m.channel === channel)
    .map((m) => m.payload as Result<T>)
    .flatMap((r) =>
      r.ok && r.value.patientId === patientId && r.value.span === span ? [r.value] : [],
    )
    .at(-1);
}

/**
 * The report's mean, worked out by hand: each 5-minute slot from the report's start counts once,
 * its readings averaged (minute-by-minute live values must not outweigh 5-minute graph data).
 */
function slotWeightedMean(readings: readonly PublishedReadingView[], from: number): number {
  const slots = new Map<number, number[]>();
  for (const r of readings) {
    const slot = Math.floor((r.time - from) / 300_000);
    slots.set(slot, [...(slots.get(slot) ?? []), r.mgdl]);
  }
  const means = [...slots.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return means.reduce((a, b) => a + b, 0) / means.length;
}

function summary(span: string, values: number[], targets: { lowMgdl: number; highMgdl: number }) {
  const inRange = values.filter((v) => v >= targets.lowMgdl && v <= targets.highMgdl).length;
  return (
    `${span}: ${Math.round((inRange / values.length) * 100)}% in range, ` +
    `lowest ${Math.min(...values)}, highest ${Math.max(...values)} mg/dL`
  );
}

describe('history', () => {
  it('the 12 h chart holds exactly the published graph plus the live value, point by point', async () => {
    const { world, patientId, startedAt } = await signedIn();
    const expected = expectedReadings(world, patientId, 12, startedAt);
    expect(expected.length).toBeGreaterThan(100);

    const series = lastAnswer<HistorySeries>(world, INVOKE.getHistory, patientId, '12h');
    expect(series?.times).toEqual(expected.map((r) => r.time));
    expect(series?.mgdl).toEqual(expected.map((r) => r.mgdl));

    const values = expected.map((r) => r.mgdl);
    const targets = world.main.core.snapshot().targets!;
    expect(await world.page.locator('.chart canvas').getAttribute('aria-label')).toBe(
      summary('12 hours', values, targets),
    );
    const said = await readChartPoints(world, expected.length);
    expect(said.slice(0, -1).map((text) => text.split(', ')[0])).toEqual(
      expected.map((r) => `${clockText(r.time)}: ${r.mgdl} mg/dL`),
    );
    // One step past the newest point stays on it: the chart has no point the server lacks.
    expect(said.at(-1)).toBe(said.at(-2));
  });

  it('another span, the report and the CSV export all cover the same readings', async () => {
    const { world, patientId, startedAt } = await signedIn();
    const { page, main } = world;
    const expected = expectedReadings(world, patientId, 3, startedAt);
    const values = expected.map((r) => r.mgdl);
    const targets = main.core.snapshot().targets!;

    await page.click('.now .spans [data-span="3h"]');
    await expect
      .poll(() => page.locator('.chart canvas').getAttribute('aria-label'))
      .toBe(summary('3 hours', values, targets));
    expect(lastAnswer<HistorySeries>(world, INVOKE.getHistory, patientId, '3h')?.times).toEqual(
      expected.map((r) => r.time),
    );

    // The report has its own span, 14 days by default (not the chart's 3 hours), and exports it.
    // Right after sign-in the store holds LibreLinkUp's graph (~12 h) and the live readings.
    const stored = expectedReadings(world, patientId, 12, startedAt);
    await openTab(page, 'report');
    await expect
      .poll(() => lastAnswer<Report>(world, INVOKE.getReport, patientId, '14d'))
      .toBeDefined();
    const report = lastAnswer<Report>(world, INVOKE.getReport, patientId, '14d')!;
    expect(report.readings).toBe(stored.length);
    expect(report.meanMgdl).toBeCloseTo(slotWeightedMean(stored, report.from), 6);

    await page.click('button:has-text("Export CSV")');
    await expect
      .poll(() => page.locator('.export-status').textContent())
      .toMatch(new RegExp(`^Saved ${stored.length} readings to glucobar-14d-.+\\.csv\\.$`));
    expect(main.savedFiles).toHaveLength(1);
    const rows = main.savedFiles[0]!.content.trim().split(/\r\n/);
    const header = rows.findIndex((row) => row.startsWith('time_utc,'));
    const data = rows.slice(header + 1).map((row) => row.split(','));
    expect(data.map((cells) => [Date.parse(cells[0] ?? ''), Number(cells[2])])).toEqual(
      stored.map((r) => [r.time, r.mgdl]),
    );
  });
});

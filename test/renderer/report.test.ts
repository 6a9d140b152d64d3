// The report view: what getReport returned, presented (never recomputed), and CSV export.
import { describe, expect, it } from 'vitest';
import { makeReport, makeSnapshot } from '../helpers/snapshots';
import { setStubResult, stubCalls } from '../helpers/stub-api';
import { stubConfig, usePopoverSuite } from './popover';

const suite = usePopoverSuite();

async function openReport(config = stubConfig()) {
  const popover = await suite.open(config);
  await popover.page.click('#tab-report');
  await popover.page.waitForSelector('.tir-legend');
  return popover;
}

describe('report', () => {
  it('asks for the report of the chosen span and shows 5-band time in range adding to 100%', async () => {
    const { page } = await openReport();
    expect((await stubCalls(page, 'getReport')).map((c) => c.arg)).toEqual([
      { patientId: 'p-sam', span: '14d' },
    ]);
    const bands = await page.locator('.tir-legend li').allInnerTexts();
    expect(bands.map((b) => b.replace(/\s+/g, ' ').trim())).toEqual([
      'Very low 1%',
      'Low 4%',
      'In range 72%',
      'High 18%',
      'Very high 5%',
    ]);
    const widths = await page
      .locator('.tir-seg')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).getBoundingClientRect().width));
    expect(widths[2]! / widths.reduce((a, b) => a + b, 0)).toBeCloseTo(0.716, 2);
  });

  it('shows mean in the chosen unit, GMI, CV and coverage', async () => {
    const { page } = await openReport();
    const stats = await page.locator('.stat').allInnerTexts();
    expect(stats.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([
      'Mean 148 mg/dL',
      'GMI 6.9%',
      'CV 33.1%',
      'Coverage 92%',
    ]);
    expect(await page.locator('.report-footer').textContent()).toBe(
      '3,980 readings, 24 Feb – 10 Mar',
    );
  });

  it('mean in mmol/L, and a missing GMI as a dash', async () => {
    const config = stubConfig({
      snapshot: makeSnapshot({ units: 'mmol/L' }),
      report: makeReport('14d', { gmiPercent: null }),
    });
    const { page } = await openReport(config);
    const stats = await page.locator('.stat dd').allInnerTexts();
    expect(stats.slice(0, 2)).toEqual(['8.2 mmol/L', '—']);
  });

  it('draws the daily-pattern chart with a summary', async () => {
    const { page } = await openReport();
    const label = await page.locator('.agp canvas').getAttribute('aria-label');
    expect(label).toMatch(/^Daily pattern: median lowest 85 around \d\d:\d\d, highest 175 around/);
  });

  it('offers 7 to 90 days only, 14 by default, apart from the chart span', async () => {
    const { page } = await openReport();
    expect(await page.locator('.report .spans [role="radio"]').allInnerTexts()).toEqual([
      '7 d',
      '14 d',
      '30 d',
      '90 d',
    ]);
    expect(await page.getAttribute('.report [data-span="14d"]', 'aria-checked')).toBe('true');
    await page.click('#tab-now');
    expect(await page.getAttribute('.now [data-span="12h"]', 'aria-checked')).toBe('true');
  });

  it('shows time in ranges next to the consensus goals, with a mark beyond colour', async () => {
    const { page } = await openReport();
    const rows = await page.locator('.goals tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'In range 70–180 71.6% over 70% ✓ met',
      'Below 70 5.5% under 4% ✗ not met',
      'Below 54 1.3% under 1% ✗ not met',
      'Above 180 22.9% under 25% ✓ met',
      'Above 250 4.5% under 5% ✓ met',
    ]);
  });

  it('consensus goals in mmol/L', async () => {
    const { page } = await openReport(stubConfig({ snapshot: makeSnapshot({ units: 'mmol/L' }) }));
    const ranges = await page.locator('.goals th[scope="row"]').allInnerTexts();
    expect(ranges).toEqual([
      'In range 3.9–10.0',
      'Below 3.9',
      'Below 3.0',
      'Above 10.0',
      'Above 13.9',
    ]);
  });

  it('withholds GMI with the reason: span under 14 days, or under 70 % sensor wear', async () => {
    const short = stubConfig({
      report: makeReport('7d', { gmiPercent: null, gmiWithheld: 'span-too-short' }),
    });
    let { page } = await openReport(short);
    expect(await page.locator('.stat dd').nth(1).textContent()).toBe('—');
    expect(await page.locator('.gmi-note').textContent()).toBe('GMI is given for 14 days or more.');
    const worn = stubConfig({
      report: makeReport('14d', { gmiPercent: null, gmiWithheld: 'low-wear', coverage: 0.55 }),
    });
    ({ page } = await openReport(worn));
    expect(await page.locator('.gmi-note').textContent()).toBe(
      'No GMI: readings cover 55% of the span, GMI needs 70%.',
    );
    ({ page } = await openReport());
    expect(await page.locator('.gmi-note').isHidden()).toBe(true);
  });

  it('counts low episodes below 70 and below 54 with their length', async () => {
    const { page } = await openReport();
    const rows = await page.locator('.episode').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Below 70 6 episodes, 3 h 34 min in all',
      'Below 54 2 episodes, 40 min in all',
    ]);
    const none = stubConfig({
      report: makeReport('14d', {
        lowEpisodes: { below70: { count: 1, minutes: 25 }, below54: { count: 0, minutes: 0 } },
      }),
    });
    const again = await openReport(none);
    expect(await again.page.locator('.episode dd').allInnerTexts()).toEqual([
      '1 episode, 25 min',
      'none',
    ]);
  });

  it('re-requests the report when the span changes', async () => {
    const { page } = await openReport();
    await page.click('.report .spans [data-span="90d"]');
    await expect
      .poll(async () => (await stubCalls(page, 'getReport')).at(-1)?.arg)
      .toEqual({ patientId: 'p-sam', span: '90d' });
  });

  it('exports CSV through main and shows the outcome', async () => {
    const { page } = await openReport();
    await page.click('button:has-text("Export CSV")');
    await expect
      .poll(() => page.locator('.export-status').textContent())
      .toBe('Saved 4,321 readings to glucobar.csv.');
    expect((await stubCalls(page, 'exportHistory')).map((c) => c.arg)).toEqual([
      { patientId: 'p-sam', span: '14d', format: 'csv' },
    ]);
    await setStubResult(page, 'exportHistory', { ok: true, value: { saved: false } });
    await page.click('button:has-text("Export CSV")');
    await expect.poll(() => page.locator('.export-status').textContent()).toBe('Export cancelled.');
    await setStubResult(page, 'exportHistory', {
      ok: false,
      code: 'storage_failed',
      message: 'the disk is full',
    });
    await page.click('button:has-text("Export CSV")');
    await expect
      .poll(() => page.locator('.export-status').textContent())
      .toBe('Export failed: the disk is full');
  });

  it('says so when the report cannot be prepared', async () => {
    const config = stubConfig({
      results: { getReport: { ok: false, code: 'internal', message: 'history unreadable' } },
    });
    const { page } = await suite.open(config);
    await page.click('#tab-report');
    await expect
      .poll(() => page.locator('.report-status').textContent())
      .toBe('Could not prepare the report: history unreadable');
    expect(await page.isDisabled('button:has-text("Export CSV")')).toBe(true);
  });

  it('draws one small graph per day with its share in range, lows and a sentence', async () => {
    const { page } = await openReport();
    const days = makeReport().days.profiles;
    const cells = await page.locator('.day-grid .day').evaluateAll((els) =>
      els.map((el) => ({
        date: el.getAttribute('data-date'),
        label: el.querySelector('.day-date')?.textContent,
        share: el.querySelector('.day-share')?.textContent,
        lows: el.querySelector('.day-lows-count')?.textContent ?? null,
        sentence: el.querySelector('.sr-only')?.textContent,
        curve: el.querySelector('.day-curve')?.getAttribute('d') ?? '',
        lowMarks: el.querySelector('.day-lows') !== null,
      })),
    );
    // 14 days back from Tuesday 10 March 13:30 touch 15 dates: 24 Feb (from 13:30) to 10 Mar.
    expect(cells.map((c) => c.date)).toEqual(days.map((d) => d.date));
    expect(cells).toHaveLength(15);
    expect([cells[0]?.label, cells[14]?.label]).toEqual(['Tue 24', 'Tue 10']);
    cells.forEach((cell, i) => {
      const day = days[i]!;
      expect(cell.share).toBe(`${Math.round(day.timeInRange.inRange * 100)}%`);
      expect(cell.lows).toBe(day.lows > 0 ? `▼${day.lows}` : null);
      expect(cell.lowMarks).toBe(day.mgdl.some((v) => v !== null && v < 70));
      expect(cell.curve).toMatch(/^M/);
    });
    const low = days.findIndex((d) => d.lows === 1);
    const day = days[low]!;
    expect(low).toBeGreaterThan(-1);
    expect(cells[low]?.sentence).toMatch(
      new RegExp(
        `^\\w+day \\d+ (February|March): ${Math.round(day.timeInRange.inRange * 100)}% in range, ` +
          `1 low episode, lowest ${day.lowestMgdl} mg/dL, highest ${day.highestMgdl} mg/dL\\.$`,
      ),
    );
  });

  it('small multiples: a day without readings says so, and 90 days draw 91 cells', async () => {
    const report = makeReport('90d');
    const empty = {
      ...report.days.profiles[5]!,
      mgdl: report.days.profiles[5]!.mgdl.map(() => null),
      readings: 0,
      lowestMgdl: null,
      highestMgdl: null,
      lows: 0,
    };
    report.days.profiles[5] = empty;
    const { page } = await openReport(stubConfig({ report }));
    await page.click('.report [data-span="90d"]');
    await page.waitForFunction(() => document.querySelectorAll('.day-grid .day').length === 91);
    const cell = page.locator(`.day[data-date="${empty.date}"]`);
    expect(await cell.getAttribute('data-empty')).toBe('');
    expect(await cell.locator('.day-share').textContent()).toBe('—');
    expect(await cell.locator('.sr-only').textContent()).toMatch(/: no readings\.$/);
    expect(await cell.locator('path').count()).toBe(0);
  });

  it('privacy mode: no glucose number in the report', async () => {
    const { page } = await openReport(stubConfig({ snapshot: makeSnapshot({ privacy: true }) }));
    const text = await page.evaluate(() => {
      const clone = document.querySelector('.report')!.cloneNode(true) as HTMLElement;
      // Dates, span buttons, the chart's fixed legend ("25–75 %"), range limits and consensus
      // goals (data-fixed) are not the wearer's data.
      clone
        .querySelectorAll('[data-time], [data-fixed], .spans, .agp-caption')
        .forEach((el) => el.remove());
      return clone.textContent ?? '';
    });
    expect(text).toContain('•••');
    expect(text).not.toMatch(/\d/);
    // Nor what a number would tell: goal marks.
    expect(await page.locator('.goal-verdict[data-met]').count()).toBe(0);
    expect(await page.locator('.agp canvas').getAttribute('aria-label')).toBe(
      'Daily pattern chart, hidden in privacy mode',
    );
    // Nor the shapes that show them: the bar's proportions and the daily-pattern bands.
    expect(await page.locator('.tir-bar').isHidden()).toBe(true);
    expect(await page.locator('.agp .chart-overlay').textContent()).toBe('Hidden in privacy mode');
    // The small multiples: the days are there, but no curve, band, low marks or empty-day mark.
    expect(await page.locator('.day-grid .day').count()).toBe(15);
    expect(await page.locator('.day-grid svg *').count()).toBe(0);
    expect(await page.locator('.day-lows-count, .day[data-empty]').count()).toBe(0);
    expect(await page.locator('.day .sr-only').first().textContent()).toBe(
      'Tuesday 24 February: hidden in privacy mode.',
    );
  });
});

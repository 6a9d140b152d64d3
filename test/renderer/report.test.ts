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
      { patientId: 'p-sam', span: '12h' },
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
      { patientId: 'p-sam', span: '12h', format: 'csv' },
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

  it('privacy mode: no glucose number in the report', async () => {
    const { page } = await openReport(stubConfig({ snapshot: makeSnapshot({ privacy: true }) }));
    const text = await page.evaluate(() => {
      const clone = document.querySelector('.report')!.cloneNode(true) as HTMLElement;
      // Dates, span buttons and the chart's fixed legend ("25–75 %") are not the wearer's data.
      clone.querySelectorAll('[data-time], .spans, .agp-caption').forEach((el) => el.remove());
      return clone.textContent ?? '';
    });
    expect(text).toContain('•••');
    expect(text).not.toMatch(/\d/);
    expect(await page.locator('.agp canvas').getAttribute('aria-label')).toBe(
      'Daily pattern chart, numbers hidden',
    );
  });
});

// The Now view: value header in every unit and condition, chart (spans, keyboard), sensor,
// patients, alarms, demo banner, Escape and privacy mode.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  makeCurrent,
  makeHistory,
  makeSnapshot,
  MINUTE,
  NOW,
  PATIENTS,
} from '../helpers/snapshots';
import { pushSnapshot, stubCalls } from '../helpers/stub-api';
import { stubConfig, usePopoverSuite } from './popover';
import { lowSoon, urgentLow } from './states';

const suite = usePopoverSuite();

describe('value header', () => {
  it('shows main’s value, unit, arrow, trend words, delta and age, coloured by range', async () => {
    const { page } = await suite.open();
    const reading = page.locator('.reading');
    await expect.poll(() => reading.locator('.value').textContent()).toBe('131');
    expect(await reading.locator('.unit').textContent()).toBe('mg/dL');
    expect(await reading.locator('.arrow').textContent()).toBe('↗');
    expect(await reading.locator('.trend-words').textContent()).toBe('rising');
    expect(await reading.locator('.delta').textContent()).toBe('+3 mg/dL');
    expect(await reading.locator('.age').textContent()).toBe('2 min ago');
    expect(await reading.getAttribute('data-tone')).toBe('inRange');
    expect(await reading.locator('.stale-note').isVisible()).toBe(false);
    // Screen readers get one sentence with the unit and the trend in words.
    expect(await reading.locator('.sr-only').textContent()).toBe(
      'Glucose 131 mg/dL, in range, rising, change +3 mg/dL, 2 min ago.',
    );
    expect(await page.locator('.who').textContent()).toBe('Sam Example');
  });

  it('shows mmol/L, and both units side by side', async () => {
    const mmol = makeSnapshot({ units: 'mmol/L', current: makeCurrent({ units: 'mmol/L' }) });
    const { page } = await suite.open(stubConfig({ snapshot: mmol }));
    await expect.poll(() => page.locator('.value').textContent()).toBe('7.3');
    expect(await page.locator('.reading .unit').textContent()).toBe('mmol/L');

    const both = makeSnapshot({ units: 'both', current: makeCurrent({ units: 'both' }) });
    await pushSnapshot(page, both);
    await expect.poll(() => page.locator('.reading .secondary').textContent()).toBe('7.3 mmol/L');
    expect(await page.locator('.value').textContent()).toBe('131');
  });

  it('shows HI and LO as such, without a unit, with words', async () => {
    const hi = makeSnapshot({ current: makeCurrent({ mgdl: 501, sensorLimit: 'HI' }) });
    const { page } = await suite.open(stubConfig({ snapshot: hi }));
    await expect.poll(() => page.locator('.value').textContent()).toBe('HI');
    expect(await page.locator('.reading .unit').textContent()).toBe('');
    expect(await page.locator('.limit-note').textContent()).toBe(
      'Above what the sensor can measure',
    );
    expect(await page.locator('.reading').getAttribute('data-tone')).toBe('urgentHigh');
    await pushSnapshot(
      page,
      makeSnapshot({ current: makeCurrent({ mgdl: 39, sensorLimit: 'LO' }) }),
    );
    await expect.poll(() => page.locator('.value').textContent()).toBe('LO');
    expect(await page.locator('.limit-note').textContent()).toBe(
      'Below what the sensor can measure',
    );
  });

  it('says the range in words with a shape for every band, not by colour alone', async () => {
    const { page } = await suite.open();
    const label = page.locator('.reading .range-label');
    const cases: Array<[number, string, string, string]> = [
      [131, '●', 'In range', 'inRange'],
      [64, '▼', 'Low', 'low'],
      [50, '▼▼', 'Urgent low', 'urgentLow'],
      [200, '▲', 'High', 'high'],
      [300, '▲▲', 'Very high', 'urgentHigh'],
    ];
    for (const [mgdl, shape, words, tone] of cases) {
      await pushSnapshot(page, makeSnapshot({ current: makeCurrent({ mgdl }) }));
      await expect.poll(() => label.locator('.range-words').textContent()).toBe(words);
      expect(await label.locator('.range-shape').textContent()).toBe(shape);
      expect(await page.locator('.reading').getAttribute('data-tone')).toBe(tone);
      expect(await page.locator('.reading .sr-only').textContent()).toContain(
        `Glucose ${mgdl} mg/dL, ${words.toLowerCase()}, rising`,
      );
    }
  });

  it('shows an urgent low as its own loud header, apart from an ordinary low', async () => {
    const { page } = await suite.open(stubConfig({ snapshot: urgentLow }));
    const reading = page.locator('.reading');
    await expect.poll(() => reading.getAttribute('data-urgent')).toBe('true');
    expect(await reading.locator('.range-label').innerText()).toMatch(/^▼▼\s+URGENT LOW$/);
    expect(await reading.locator('.sr-only').textContent()).toMatch(
      /^Urgent low! Glucose 48 mg\/dL, urgent low, falling quickly/,
    );
    const look = () =>
      reading.locator('.reading-visual').evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, border: style.borderTopWidth };
      });
    const urgent = await look();
    expect(urgent.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(urgent.border).toBe('3px');
    // 56 mg/dL is low, not urgent: no filled block (the urgent-low alarm decides, not the colour).
    await pushSnapshot(page, makeSnapshot({ current: makeCurrent({ mgdl: 56 }) }));
    await expect.poll(() => reading.getAttribute('data-urgent')).toBe(null);
    expect((await look()).background).toBe('rgba(0, 0, 0, 0)');
    // The urgent-low alarm at its level 55 (above the consensus 54) makes 55 urgent too.
    await pushSnapshot(page, {
      ...urgentLow,
      current: makeCurrent({ mgdl: 55 }),
    });
    await expect.poll(() => reading.getAttribute('data-urgent')).toBe('true');
  });

  it('shows urgent low soon as its own alarm that calls itself a projection', async () => {
    const { page } = await suite.open(stubConfig({ snapshot: lowSoon }));
    const row = page.locator('.alarm[data-kind="urgentLowSoon"]');
    await expect
      .poll(() => row.locator('.alarm-kind').textContent())
      .toBe('Urgent low soon (projected): ');
    expect(await row.textContent()).toContain('This is a projection, not a measurement.');
    await row.getByRole('button', { name: /^Snooze 30 min/ }).click();
    expect((await stubCalls(page, 'snoozeAlarm')).map((c) => c.arg)).toEqual([
      { kind: 'urgentLowSoon', minutes: 30 },
    ]);
  });

  it('announces each new alarm once through an assertive live region', async () => {
    const { page } = await suite.open();
    const alert = page.locator('[role="alert"]');
    expect(await alert.textContent()).toBe('');
    await pushSnapshot(page, urgentLow);
    await expect
      .poll(() => alert.textContent())
      .toBe('Urgent low alarm: Glucose is 48 mg/dL, at or below the urgent low level of 55 mg/dL.');
    // The same episode again (a new snapshot every minute) is not announced again.
    await page.evaluate(() => (document.querySelector('[role="alert"]')!.textContent = 'x'));
    await pushSnapshot(page, { ...urgentLow, generatedAt: NOW + MINUTE });
    await page.waitForTimeout(100);
    expect(await alert.textContent()).toBe('x');
    // Privacy mode names only the kind.
    const high = { kind: 'high' as const, message: 'High: 260', since: NOW, snoozedUntil: null };
    await pushSnapshot(page, makeSnapshot({ privacy: true, alarms: [high] }));
    await expect.poll(() => alert.textContent()).toBe('Glucose alarm.');
  });

  it('marks a stale reading as not current: dimmed, struck, age and explanation shown', async () => {
    const stale = makeSnapshot({ current: makeCurrent({ ageSeconds: 14 * 60, stale: true }) });
    const { page } = await suite.open(stubConfig({ snapshot: stale }));
    const reading = page.locator('.reading');
    await expect.poll(() => reading.getAttribute('data-tone')).toBe('stale');
    expect(await reading.getAttribute('class')).toContain('not-current');
    expect(await reading.locator('.stale-note').textContent()).toBe(
      'No new reading for 14 min — this is not the current value',
    );
    const decoration = await reading
      .locator('.value')
      .evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(decoration).toBe('line-through');
    expect(await reading.locator('.sr-only').textContent()).toContain(
      'this is not the current value',
    );
  });
});

describe('chart', () => {
  it('draws the history with a spoken summary', async () => {
    const { page } = await suite.open();
    const canvas = page.locator('.chart canvas');
    await expect.poll(() => canvas.getAttribute('aria-label')).toMatch(/^12 hours: \d+% in range/);
    const label = (await canvas.getAttribute('aria-label')) ?? '';
    const series = makeHistory('12h');
    expect(label).toContain(`lowest ${Math.min(...series.mgdl)}`);
    expect(label).toContain(`highest ${Math.max(...series.mgdl)} mg/dL`);
    const painted = await canvas.evaluate((el: HTMLCanvasElement) => {
      const ctx = el.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, el.width, el.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
      return inked;
    });
    expect(painted).toBeGreaterThan(1000);
  });

  it('requests the history for each span chosen', async () => {
    const { page } = await suite.open();
    await expect.poll(async () => (await stubCalls(page, 'getHistory')).length).toBe(1);
    expect((await stubCalls(page, 'getHistory'))[0]?.arg).toEqual({
      patientId: 'p-sam',
      span: '12h',
    });
    for (const span of ['3h', '24h', '7d', '90d'] as const) {
      await page.click(`.spans [data-span="${span}"]`);
      await expect
        .poll(async () => (await stubCalls(page, 'getHistory')).at(-1)?.arg)
        .toEqual({ patientId: 'p-sam', span });
      expect(await page.getAttribute(`.spans [data-span="${span}"]`, 'aria-checked')).toBe('true');
    }
    await expect
      .poll(() => page.locator('.chart canvas').getAttribute('aria-label'))
      .toMatch(/^90 days: /);
  });

  it('draws long spans as buckets (one per day at 90 d), readings one by one on short spans', async () => {
    const { page } = await suite.open();
    await page.waitForSelector('.chart[data-state="ready"]');
    // 12 h of 15-minute readings: every reading is a point.
    expect(await page.locator('.chart').getAttribute('data-points')).toBe('48');
    await page.click('.now [data-span="90d"]');
    await expect
      .poll(async () => Number(await page.locator('.chart').getAttribute('data-points')))
      .toBeLessThanOrEqual(91);
    expect(Number(await page.locator('.chart').getAttribute('data-points'))).toBeGreaterThanOrEqual(
      90,
    );
  });

  it('the span choice is one radio group: one tab stop, arrows and Home/End choose', async () => {
    const { page } = await suite.open();
    const group = page.getByRole('radiogroup', { name: 'Chart span' });
    expect(await group.getByRole('radio').count()).toBe(8);
    // Only the chosen span is in the tab order.
    const tabbable = () =>
      page.$$eval('.now .spans [role="radio"]', (els) =>
        els.filter((el) => (el as HTMLElement).tabIndex === 0).map((el) => el.textContent),
      );
    expect(await tabbable()).toEqual(['12 h']);
    await page.focus('.now .spans [aria-checked="true"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabbable()).toEqual(['24 h']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('24 h');
    await expect
      .poll(async () => (await stubCalls(page, 'getHistory')).at(-1)?.arg)
      .toEqual({ patientId: 'p-sam', span: '24h' });
    await page.keyboard.press('End');
    await expect.poll(() => tabbable()).toEqual(['90 d']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabbable()).toEqual(['3 h']);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tabbable()).toEqual(['90 d']);
    await page.keyboard.press('Home');
    await expect.poll(() => tabbable()).toEqual(['3 h']);
  });

  it('is keyboard readable: arrows move a highlighted point and announce it', async () => {
    const { page } = await suite.open();
    await expect
      .poll(() => page.locator('.chart canvas').getAttribute('aria-label'))
      .toMatch(/12 hours/);
    await page.focus('.chart canvas');
    const series = makeHistory('12h');
    const last = series.times.length - 1;
    const said = (i: number) => {
      const time = new Date(series.times[i]!).toISOString().slice(11, 16);
      return new RegExp(`^${time}: ${series.mgdl[i]} mg/dL, `);
    };
    await expect.poll(() => page.locator('#announce').textContent()).toMatch(said(last));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#announce').textContent()).toMatch(said(last - 2));
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#announce').textContent()).toMatch(said(0));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#announce').textContent()).toMatch(said(1));
    // The tooltip shows the same point.
    const active = await page.evaluate(() => document.activeElement?.tagName);
    expect(active).toBe('CANVAS');
  });

  it('follows new readings on short spans', async () => {
    const { page } = await suite.open();
    await expect.poll(async () => (await stubCalls(page, 'getHistory')).length).toBe(1);
    await pushSnapshot(page, makeSnapshot({ current: { ...makeCurrent(), time: NOW + MINUTE } }));
    await expect.poll(async () => (await stubCalls(page, 'getHistory')).length).toBe(2);
  });
});

describe('around the value', () => {
  it('lists several patients with their values; clicking selects one', async () => {
    const snapshot = makeSnapshot({ patients: PATIENTS });
    const { page } = await suite.open(stubConfig({ snapshot }));
    const buttons = page.locator('.patient');
    await expect.poll(() => buttons.count()).toBe(3);
    expect(await buttons.nth(1).innerText()).toMatch(/Robin Example\s*,\s*64/);
    expect(await buttons.nth(0).getAttribute('aria-pressed')).toBe('true');
    // The accessible name is the visible text plus what only colour shows.
    const kim = page.getByRole('button', { name: /^Kim Example\s*,\s*212\s*,\s*not current$/ });
    expect(await kim.count()).toBe(1);
    await buttons.nth(1).click();
    expect((await stubCalls(page, 'selectPatient')).map((c) => c.arg)).toEqual([
      { patientId: 'p-robin' },
    ]);
  });

  it('cuts a long name with an ellipsis on one line; its text and tooltip keep it whole', async () => {
    const long = 'Maximiliane Alexandra Konstantinopoulou-Wolfeschlegelsteinhausen';
    const patients = [PATIENTS[0]!, { ...PATIENTS[1]!, name: long }];
    const { page } = await suite.open(stubConfig({ snapshot: makeSnapshot({ patients }) }));
    const button = page.locator('.patient').nth(1);
    await button.waitFor();
    const box = await button.evaluate((el) => {
      const name = el.querySelector('.patient-name') as HTMLElement;
      const value = el.querySelector('.patient-value') as HTMLElement;
      return {
        cut: name.scrollWidth > name.clientWidth,
        ellipsis: getComputedStyle(name).textOverflow,
        oneLine:
          el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).lineHeight) + 10,
        valueShown: value.getBoundingClientRect().right <= el.getBoundingClientRect().right,
        fits: el.scrollWidth <= el.clientWidth,
      };
    });
    expect(box).toEqual({
      cut: true,
      ellipsis: 'ellipsis',
      oneLine: true,
      valueShown: true,
      fits: true,
    });
    expect(await button.getAttribute('title')).toBe(long);
    expect(
      await page.getByRole('button', { name: new RegExp(`^${long}\\s*,\\s*64`) }).count(),
    ).toBe(1);
  });

  it('hides the list with only one patient', async () => {
    const { page } = await suite.open();
    await page.waitForSelector('.reading .value');
    expect(await page.locator('.patients').isVisible()).toBe(false);
  });

  it('says how the sensor is doing: days left, warming up, ended', async () => {
    const base = makeSnapshot();
    const { page } = await suite.open();
    await expect.poll(() => page.locator('.sensor-line').textContent()).toBe('Sensor: 9 days left');
    await pushSnapshot(page, {
      ...base,
      current: null,
      sensor: {
        ...base.sensor!,
        state: 'warmingUp',
        daysLeft: 14,
        warmupEndsAt: NOW + 42 * MINUTE,
      },
    });
    await expect
      .poll(() => page.locator('.sensor-line').textContent())
      .toBe('Sensor warming up: readings start at 14:12 (in 42 min)');
    await pushSnapshot(page, { ...base, sensor: { ...base.sensor!, state: 'ended', daysLeft: 0 } });
    await expect
      .poll(() => page.locator('.sensor-line').textContent())
      .toBe('Sensor ended: no new readings until a new sensor is applied');
  });

  it('shows the demo banner in demo mode only', async () => {
    const { page } = await suite.open(stubConfig({ snapshot: makeSnapshot({ demo: true }) }));
    await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(true);
    expect(await page.locator('.demo-banner').textContent()).toContain('Demo mode');
    await pushSnapshot(page, makeSnapshot());
    await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(false);
  });

  it('shows active alarms with a snooze', async () => {
    const snapshot = makeSnapshot({
      current: makeCurrent({ mgdl: 62, trend: 'falling' }),
      alarms: [{ kind: 'low', message: 'Low: 62 mg/dL', since: NOW - MINUTE, snoozedUntil: null }],
    });
    const { page } = await suite.open(stubConfig({ snapshot }));
    await expect.poll(() => page.locator('.alarm-text').textContent()).toBe('Low: 62 mg/dL');
    await page.click('.alarm button');
    expect((await stubCalls(page, 'snoozeAlarm')).map((c) => c.arg)).toEqual([
      { kind: 'low', minutes: 30 },
    ]);
  });
});

describe('keyboard and privacy', () => {
  it('Escape hides the popover; Tab walks tabs, one span stop and chart with a visible focus', async () => {
    const { page } = await suite.open();
    await page.waitForSelector('.reading .value');
    // Focus starts on the reading (see a11y.test.ts); the tabs and Close come before it.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('close');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-now');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-report');
    await page.keyboard.press('ArrowLeft');
    const order: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.dataset['span'] ?? el.tagName.toLowerCase();
        }),
      );
    }
    expect(order).toEqual(['button', '12h', 'canvas']);
    await page.keyboard.press('Escape');
    expect(await stubCalls(page, 'hidePopover')).toHaveLength(1);
    // A visible close button does the same (Wayland may never blur the window).
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await stubCalls(page, 'hidePopover')).toHaveLength(2);
  });

  it('privacy mode hides every glucose number, the curve, range colours and names', async () => {
    const snapshot = makeSnapshot({
      privacy: true,
      patients: PATIENTS,
      units: 'both',
      current: makeCurrent({ units: 'both' }),
    });
    const { page } = await suite.open(stubConfig({ snapshot }));
    await expect.poll(() => page.locator('.value').textContent()).toBe('•••');
    await expect
      .poll(() => page.locator('.chart canvas').getAttribute('aria-label'))
      .toMatch(/hidden in privacy mode/);
    // Times, ages and the span buttons' labels are not the wearer's data; nothing else has a digit.
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-time], .spans').forEach((el) => el.remove());
      return clone.textContent ?? '';
    });
    expect(text).not.toMatch(/\d/);
    // Names as initials: the title, the people list (and its tooltips).
    expect(text).not.toMatch(/Example/);
    expect(await page.locator('h1').textContent()).toBe('S. E.');
    expect(await page.locator('.patient-name').allTextContents()).toEqual([
      'S. E.',
      'R. E.',
      'K. E.',
    ]);
    expect(await page.locator('.patient[title*="Example"]').count()).toBe(0);
    // No range colour on the people's masked values.
    const tones = await page
      .locator('.patient')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['tone']));
    expect(tones.filter((t) => t !== 'none' && t !== 'stale')).toEqual([]);
    // No curve: the chart has no points to draw or to read out, and says why.
    expect(await page.locator('.chart .chart-overlay').textContent()).toBe(
      'Curve hidden in privacy mode',
    );
    expect(await page.locator('.chart').getAttribute('data-points')).toBe('0');
  });
});

describe('privacy mode tells nothing by difference', () => {
  /** Everything a person sees or hears of the reading and the alarms, minus the age. */
  async function surfaces(page: Page) {
    return page.evaluate(() => {
      const reading = document.querySelector<HTMLElement>('.reading')!;
      const alarms = [...document.querySelectorAll<HTMLElement>('.alarm')];
      return {
        reading: reading.innerText.replace(/\d+ min ago|just now/g, 'AGE'),
        readingMarks: [reading.dataset['tone'], reading.dataset['urgent'] ?? null],
        alarms: alarms.map((a) => [a.innerText, a.dataset['kind'], getComputedStyle(a).borderLeft]),
        snoozeNames: alarms.map((a) => a.querySelector('button')?.getAttribute('aria-label')),
        alert: document.querySelector('[role="alert"]')?.textContent ?? '',
      };
    });
  }

  it('an urgent low with its alarm, a LO reading with a low alarm and an ordinary high look alike', async () => {
    const alarm = (kind: 'urgentLow' | 'low' | 'high', message: string) => ({
      kind,
      message,
      since: NOW - MINUTE,
      snoozedUntil: null,
    });
    const cases = [
      makeSnapshot({
        privacy: true,
        units: 'both',
        current: makeCurrent({ mgdl: 48, trend: 'fallingQuickly', deltaMgdl: -9, units: 'both' }),
        alarms: [alarm('urgentLow', 'Glucose is 48 mg/dL, at or below 55 mg/dL.')],
      }),
      makeSnapshot({
        privacy: true,
        units: 'both',
        current: makeCurrent({ mgdl: 39, sensorLimit: 'LO', deltaMgdl: -4, units: 'both' }),
        alarms: [alarm('low', 'Low: LO')],
      }),
      makeSnapshot({
        privacy: true,
        units: 'both',
        current: makeCurrent({ mgdl: 260, trend: 'rising', deltaMgdl: 4, units: 'both' }),
        alarms: [alarm('high', 'High: 260 mg/dL')],
      }),
    ];
    const seen = [];
    for (const snapshot of cases) {
      const { page } = await suite.open(stubConfig({ snapshot }));
      await expect.poll(() => page.locator('[role="alert"]').textContent()).not.toBe('');
      seen.push(await surfaces(page));
    }
    expect(seen[0]!.alarms[0]![0]).toMatch(/^Glucose alarm/);
    expect(seen[0]!.alert).toBe('Glucose alarm.');
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });
});

describe('notices', () => {
  it('shows what main wants a person to know, and hides the list when there is nothing', async () => {
    const { page } = await suite.open();
    expect(await page.locator('.notices').isVisible()).toBe(false);
    const text = 'Your settings file was damaged and has been reset.';
    await pushSnapshot(page, makeSnapshot({ notices: [text] }));
    await expect.poll(() => page.locator('.notices li').allTextContents()).toEqual([text]);
    await pushSnapshot(page, makeSnapshot({ notices: [] }));
    await expect.poll(() => page.locator('.notices').isVisible()).toBe(false);
  });
});

describe('update offer', () => {
  it('shows main’s offer as a button that asks main to act, and only the sentence while it waits', async () => {
    const { page } = await suite.open();
    expect(await page.locator('.update-line').isVisible()).toBe(false);
    const ready = { label: 'Update ready — restart', action: 'restart' as const };
    await pushSnapshot(page, makeSnapshot({ update: ready }));
    const button = page.getByRole('button', { name: 'Update ready — restart' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(async () => (await stubCalls(page, 'acceptUpdate')).length).toBe(1);
    const waiting = { label: 'Update ready — restarts when the alarm is over', action: null };
    await pushSnapshot(page, makeSnapshot({ update: waiting }));
    await expect.poll(() => page.locator('.update-text').textContent()).toBe(waiting.label);
    expect(await page.locator('.update-action').isVisible()).toBe(false);
    await pushSnapshot(page, makeSnapshot({ update: null }));
    await expect.poll(() => page.locator('.update-line').isVisible()).toBe(false);
  });
});

describe('layout under many notices', () => {
  it('never draws the people list over the chart: the panel scrolls instead', async () => {
    const notices = [
      'The system did not show Glucobar’s alarm notification (notifications may be turned off for Glucobar, or this build is not signed). Alarms are shown here and in the tray instead.',
      'Alarm at 9:50 PM: Sam Example: Low glucose — Glucose is 64 mg/dL, below the low level of 70 mg/dL.',
      'Glucobar cannot save readings to disk right now (is the disk full?). They are kept in memory and saved when it works again.',
    ];
    const { page } = await suite.open(
      stubConfig({
        snapshot: makeSnapshot({
          notices,
          demo: true,
          patients: PATIENTS,
          alarms: [
            { kind: 'low', message: 'Low: 64 mg/dL', since: NOW - 120_000, snoozedUntil: null },
          ],
        }),
      }),
    );
    await expect.poll(() => page.locator('.notices li').count()).toBe(3);
    const chart = await page.locator('.chart').boundingBox();
    const people = await page.locator('.patient-list').boundingBox();
    expect(chart!.height).toBeGreaterThanOrEqual(120);
    expect(people!.y).toBeGreaterThanOrEqual(chart!.y + chart!.height);
  });
});

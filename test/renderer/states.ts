// Every state the popover can show, as one list: the screenshot suite saves the ones marked
// `shot`, the accessibility suite runs axe-core on all of them in light and dark.
import type { Page } from 'playwright-core';
import type { SessionStatus } from '../../preload/contract';
import type { StubConfig } from '../helpers/stub-api';
import {
  makeCurrent,
  makeReport,
  makeSettings,
  makeSnapshot,
  NOW,
  PATIENTS,
  stateSnapshot,
} from '../helpers/snapshots';
import { stubConfig } from './popover';

export interface PopoverState {
  name: string;
  config: StubConfig;
  /** A selector that exists once the state is drawn. */
  ready: string;
  /** Steps after loading (open a tab, focus the chart, …). */
  then?: (page: Page) => Promise<void>;
  /** Saved as a screenshot (the states README and people look at). */
  shot?: boolean;
}

export const busy = makeSnapshot({
  patients: [{ ...PATIENTS[0]!, value: '64', tone: 'low' }, ...PATIENTS.slice(1)],
  units: 'both',
  current: makeCurrent({ mgdl: 64, trend: 'falling', deltaMgdl: -6, units: 'both' }),
  alarms: [{ kind: 'low', message: 'Low: 64 mg/dL', since: NOW - 120_000, snoozedUntil: null }],
});

export const urgentLow = makeSnapshot({
  current: makeCurrent({ mgdl: 48, trend: 'fallingQuickly', deltaMgdl: -9 }),
  alarms: [
    {
      kind: 'urgentLow',
      message: 'Glucose is 48 mg/dL, at or below the urgent low level of 55 mg/dL.',
      since: NOW - 60_000,
      snoozedUntil: null,
    },
  ],
});

export const lowSoon = makeSnapshot({
  current: makeCurrent({ mgdl: 84, trend: 'fallingQuickly', deltaMgdl: -10 }),
  alarms: [
    {
      kind: 'urgentLowSoon',
      message:
        'Glucose is 84 mg/dL and falling by about 2.0 mg/dL a minute. If it keeps falling like ' +
        'this, it reaches the urgent low level of 55 mg/dL within 20 minutes. This is a ' +
        'projection, not a measurement.',
      since: NOW - 60_000,
      snoozedUntil: null,
    },
  ],
});

const CHART_READY = '.chart[data-state="ready"]';

async function openTab(page: Page, tab: 'report' | 'settings', ready: string): Promise<void> {
  await page.click(`#tab-${tab}`);
  await page.waitForSelector(ready);
}

/** The report scrolled to its small multiples, for `span` (the stub answers any span). */
async function openReportDays(page: Page, span?: string): Promise<void> {
  await openTab(page, 'report', '.day-grid .day');
  if (span) {
    await page.click(`.report [data-span="${span}"]`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.day-grid .day').length === n,
      span === '90d' ? 91 : 15,
    );
  }
  await page.locator('.days').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

async function chooseSpan(page: Page, span: string, label: string): Promise<void> {
  await page.click(`[data-span="${span}"]`);
  await page.waitForFunction(
    (text) => document.querySelector('.chart canvas')?.getAttribute('aria-label')?.startsWith(text),
    label,
  );
}

/** The session states not listed by name below, each as main would send it. */
const OTHER_SESSION_STATES: Array<[SessionStatus, string]> = [
  ['connecting', '.app'],
  ['unauthorized', '.session-screen'],
  ['email_verification_required', '.session-screen'],
  ['region_unknown', '.session-screen'],
  ['blocked', '.status-banner'],
  ['client_outdated', '.status-banner'],
  ['server_unavailable', '.status-banner'],
  ['bad_response', '.status-banner'],
  ['sign_in_step_required', '.session-screen'],
  ['password_expired', '.session-screen'],
  ['api_changed', '.app'],
];

export const STATES: PopoverState[] = [
  { name: 'now', config: stubConfig(), ready: CHART_READY, shot: true },
  {
    name: 'now-busy',
    config: stubConfig({ snapshot: busy }),
    ready: CHART_READY,
    shot: true,
    then: async (page) => {
      await page.focus('.chart canvas');
      await page.keyboard.press('ArrowLeft');
    },
  },
  {
    name: 'urgent-low',
    config: stubConfig({ snapshot: urgentLow }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'update-ready',
    config: stubConfig({
      snapshot: makeSnapshot({ update: { label: 'Update ready — restart', action: 'restart' } }),
    }),
    ready: '.update-action',
    shot: true,
  },
  {
    name: 'low-soon',
    config: stubConfig({ snapshot: lowSoon }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'very-high-mmol',
    config: stubConfig({
      snapshot: makeSnapshot({
        units: 'mmol/L',
        current: makeCurrent({ mgdl: 287, trend: 'risingQuickly', units: 'mmol/L' }),
      }),
    }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'now-stale',
    config: stubConfig({
      snapshot: makeSnapshot({ current: makeCurrent({ ageSeconds: 14 * 60, stale: true }) }),
    }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'offline',
    config: stubConfig({ snapshot: stateSnapshot('offline') }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'offline-stale-notices',
    config: stubConfig({
      snapshot: {
        ...stateSnapshot('offline'),
        current: makeCurrent({ mgdl: 142, trend: 'flat', ageSeconds: 14 * 60, stale: true }),
        notices: [
          'Your settings file was damaged and has been reset.',
          'History could not be saved: the disk is full. Readings are kept in memory.',
        ],
      },
    }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'rate-limited',
    config: stubConfig({ snapshot: stateSnapshot('rate_limited') }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'privacy-demo',
    config: stubConfig({
      snapshot: makeSnapshot({ privacy: true, demo: true, patients: PATIENTS }),
    }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'privacy-urgent-low',
    config: stubConfig({
      snapshot: { ...urgentLow, privacy: true, units: 'both', patients: PATIENTS },
    }),
    ready: CHART_READY,
    shot: true,
  },
  {
    name: 'hi-90d',
    config: stubConfig({
      snapshot: makeSnapshot({ current: makeCurrent({ mgdl: 501, sensorLimit: 'HI' }) }),
    }),
    ready: CHART_READY,
    shot: true,
    then: (page) => chooseSpan(page, '90d', '90 days'),
  },
  {
    name: 'report',
    config: stubConfig(),
    ready: '.app',
    shot: true,
    then: (page) => openTab(page, 'report', '.agp canvas'),
  },
  {
    name: 'report-lower',
    config: stubConfig(),
    ready: '.app',
    shot: true,
    then: async (page) => {
      await openTab(page, 'report', '.agp canvas');
      await page.locator('.report-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    },
  },
  {
    name: 'report-days',
    config: stubConfig(),
    ready: '.app',
    shot: true,
    then: (page) => openReportDays(page),
  },
  {
    name: 'report-90d-days',
    config: stubConfig({ report: makeReport('90d') }),
    ready: '.app',
    shot: true,
    then: (page) => openReportDays(page, '90d'),
  },
  {
    name: 'report-gmi-withheld',
    config: stubConfig({
      report: makeReport('14d', { gmiPercent: null, gmiWithheld: 'low-wear', coverage: 0.55 }),
    }),
    ready: '.app',
    shot: true,
    then: (page) => openTab(page, 'report', '.gmi-note'),
  },
  {
    name: 'settings-mmol',
    config: stubConfig({
      snapshot: makeSnapshot({ units: 'mmol/L' }),
      settings: makeSettings({
        units: 'mmol/L',
        quietHours: { enabled: true, start: '22:00', end: '07:00' },
      }),
    }),
    ready: '.app',
    shot: true,
    then: (page) => openTab(page, 'settings', '.settings-form'),
  },
  {
    name: 'signed-out',
    config: stubConfig({ snapshot: stateSnapshot('signed_out') }),
    ready: '.sign-in',
    shot: true,
  },
  {
    name: 'bad-credentials',
    config: stubConfig({ snapshot: stateSnapshot('bad_credentials') }),
    ready: '.sign-in',
    shot: true,
  },
  {
    name: 'terms',
    config: stubConfig({ snapshot: stateSnapshot('terms_required') }),
    ready: '.session-screen',
    shot: true,
  },
  {
    name: 'locked-out',
    config: stubConfig({ snapshot: stateSnapshot('locked_out') }),
    ready: '.countdown',
    shot: true,
  },
  {
    name: 'no-connections',
    config: stubConfig({ snapshot: stateSnapshot('no_connections') }),
    ready: '.session-screen',
    shot: true,
  },
  {
    name: 'patient-not-found',
    config: stubConfig({ snapshot: stateSnapshot('patient_not_found') }),
    ready: '.status-banner',
    shot: true,
  },
  ...OTHER_SESSION_STATES.map(([status, ready]) => ({
    name: `session-${status}`,
    config: stubConfig({ snapshot: stateSnapshot(status) }),
    ready,
  })),
  {
    name: 'no-reading-yet',
    config: stubConfig({ snapshot: makeSnapshot({ current: null }) }),
    ready: '.reading-empty',
  },
  {
    name: 'privacy-report',
    config: stubConfig({ snapshot: makeSnapshot({ privacy: true }) }),
    ready: '.app',
    shot: true,
    then: (page) => openTab(page, 'report', '.report'),
  },
  {
    name: 'privacy-report-days',
    config: stubConfig({ snapshot: makeSnapshot({ privacy: true }) }),
    ready: '.app',
    shot: true,
    then: (page) => openReportDays(page),
  },
  {
    name: 'loading',
    config: stubConfig({ delays: { getSnapshot: 60_000 } }),
    ready: '.message',
  },
];

// Shared set-up for the renderer suites: one Chromium and one static server per file, a fresh
// context per popover (so stubs never leak between tests), and after every test the check that
// the page logged no console error/warning, page error or CSP violation.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHART_SPANS, type ChartSpan, type HistorySeries } from '../../preload/contract';
import { launchChromium, watchForProblems } from '../helpers/browser';
import { makeHistory, makeReport, makeSettings, makeSnapshot, NOW } from '../helpers/snapshots';
import { serveDirectory, type StaticServer } from '../helpers/static-server';
import {
  injectReloadableStub,
  injectStubApi,
  reloadWithStub,
  type StubConfig,
} from '../helpers/stub-api';

/** The popover's fixed size in CSS px (documented in renderer/styles.css). */
export const POPOVER = { width: 380, height: 560 } as const;
export const SCREENSHOT_DIR = 'test-results/popover';

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** `fixed`: Date.now() is NOW, timers run. `install`: fake timers driven by page.clock. */
  clock?: 'fixed' | 'install';
}

export interface Popover {
  page: Page;
  problems: string[];
}

/** Every span at 15-minute spacing (LibreLinkUp's graph resolution). */
export function allHistory(stepMinutes = 15): Partial<Record<ChartSpan, HistorySeries>> {
  return Object.fromEntries(CHART_SPANS.map((span) => [span, makeHistory(span, stepMinutes)]));
}

export function stubConfig(overrides: Partial<StubConfig> = {}): StubConfig {
  return {
    snapshot: makeSnapshot(),
    settings: makeSettings(),
    history: allHistory(),
    report: makeReport(),
    ...overrides,
  };
}

/**
 * One browser and one reusable page per test file. `open` reloads that page with a new stub
 * config and media settings; tests that need fake timers get a page of their own.
 */
export function usePopoverSuite(): {
  open(config?: StubConfig, options?: OpenOptions): Promise<Popover>;
} {
  let server: StaticServer;
  let browser: Browser;
  let shared: Popover | null = null;
  let own: Array<{ context: BrowserContext; problems: string[] }> = [];

  async function newPopoverPage(): Promise<{ context: BrowserContext } & Popover> {
    const context = await browser.newContext({
      viewport: POPOVER,
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    return { context, page, problems: watchForProblems(page) };
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    server = await serveDirectory('out/renderer');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const problems = [...(shared?.problems.splice(0) ?? []), ...own.flatMap((o) => o.problems)];
    await Promise.all(own.map((o) => o.context.close()));
    own = [];
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
  });

  return {
    async open(config = stubConfig(), options = {}) {
      const media = {
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
      } as const;
      let popover: Popover;
      if (options.clock === 'install') {
        const fresh = await newPopoverPage();
        own.push(fresh);
        await fresh.page.clock.install({ time: NOW });
        await fresh.page.emulateMedia(media);
        await injectStubApi(fresh.page, config);
        await fresh.page.goto(server.url);
        popover = fresh;
      } else {
        if (!shared) {
          const fresh = await newPopoverPage();
          await fresh.page.clock.setFixedTime(NOW);
          await injectReloadableStub(fresh.page);
          await fresh.page.goto(server.url);
          shared = { page: fresh.page, problems: fresh.problems };
        }
        await shared.page.emulateMedia(media);
        await reloadWithStub(shared.page, config);
        popover = shared;
      }
      await popover.page.waitForSelector('.app');
      return popover;
    },
  };
}

// One e2e world per test: the main side (main-side.ts) in this process, and the REAL built
// popover (out/renderer) in Chromium with the REAL preload builder (page-bridge.ts) as its
// bridge, wired together by page-pipe.ts. Core and page share one time, moved only by
// `advance`. After every test: no console error or warning, no page error, no CSP
// violation, and no LibreLinkUp token in anything the renderer was given or main logged.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, watchForProblems } from '../helpers/browser';
import { serveDirectory, type StaticServer } from '../helpers/static-server';
import { bundlePageBridge } from './bundle-bridge';
import { startMainSide, type MainSide, type MainSideOptions } from './main-side';
import { connectPage } from './page-pipe';
import { findSecrets } from './secrets';

/** The popover's fixed size in CSS px (renderer/styles.css). */
const POPOVER = { width: 380, height: 560 } as const;
/** The page clock starts this far before core time and pauses at it once the page is loaded. */
const LOAD_MARGIN_MS = 60_000;
const IDLE_LIMIT_MS = 20_000;
/** The built popover under test; another build can be tried with GLUCOBAR_E2E_RENDERER=dir. */
const RENDERER_DIR = process.env.GLUCOBAR_E2E_RENDERER ?? 'out/renderer';

export interface E2eWorld {
  main: MainSide;
  page: Page;
  /**
   * Moves core, simulator and page time forward together to `ms` past the later of the two
   * (see runPage), letting every poll finish.
   */
  advance(ms: number): Promise<void>;
  /** Runs only the page's time (animation frames, tickers); the next `advance` catches up. */
  runPage(ms: number): Promise<void>;
  /** Waits until no request, poll, IPC call, push or due timer is left in this process. */
  idle(): Promise<void>;
}

export interface E2eSuite {
  open(options?: MainSideOptions): Promise<E2eWorld>;
  /** The static server's origin, as the page sees it. */
  origin(): string;
}

export function useE2eSuite(): E2eSuite {
  let bridgeScript = '';
  let server: StaticServer;
  let browser: Browser;
  const opened: Array<{ main: MainSide; context: BrowserContext; problems: string[] }> = [];

  beforeAll(async () => {
    bridgeScript = await bundlePageBridge();
    server = await serveDirectory(RENDERER_DIR);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const worlds = opened.splice(0);
    const problems = worlds.flatMap((w) => w.problems);
    const leaks = worlds.flatMap((w) => {
      const tokens = w.main.fetch.tokens();
      return [
        ...findSecrets(w.main.ipc.messages, tokens),
        ...findSecrets(
          [{ direction: 'log', channel: 'logger', payload: w.main.log.entries }],
          tokens,
        ),
      ];
    });
    await Promise.all(worlds.map((w) => w.context.close()));
    await Promise.all(worlds.map((w) => w.main.close()));
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    expect(leaks, 'LibreLinkUp tokens that reached the renderer or the log').toEqual([]);
  });

  const origin = () => new URL(server.url).origin;

  async function open(options: MainSideOptions = {}): Promise<E2eWorld> {
    const main = await startMainSide(options);
    const context = await browser.newContext({
      viewport: POPOVER,
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    opened.push({ main, context, problems });

    const pipe = await connectPage(page, main, origin());
    await page.addInitScript({ content: bridgeScript });

    const waitQuiet = async (withTimers: boolean) => {
      const started = Date.now();
      // Two quiet turns in a row: a finished request may start the next one a tick later.
      for (let quiet = 0; quiet < 2;) {
        await new Promise((done) => setTimeout(done, 3));
        const busy = main.busy() || pipe.busy() || (withTimers && main.clock.dueTimers() > 0);
        quiet = busy ? 0 : quiet + 1;
        if (Date.now() - started > IDLE_LIMIT_MS) throw new Error('the e2e world never settled');
      }
    };
    const idle = () => waitQuiet(true);

    await page.clock.install({ time: main.clock.now() - LOAD_MARGIN_MS });
    await page.goto(server.url);
    await page.waitForSelector('.app');
    let pageNow = main.clock.now();
    await page.clock.pauseAt(pageNow);
    await idle();

    return {
      main,
      page,
      idle,
      async advance(ms) {
        await idle();
        const target = Math.max(main.clock.now(), pageNow) + ms;
        await main.clock.advance(target - main.clock.now(), () => waitQuiet(false));
        await idle();
        await page.clock.runFor(target - pageNow);
        pageNow = target;
        await idle();
      },
      async runPage(ms) {
        await page.clock.runFor(ms);
        pageNow += ms;
      },
    };
  }

  return { open, origin };
}

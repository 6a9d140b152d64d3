// The built popover loads under its strict CSP and reads the bridge, nothing else.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, watchForProblems } from '../helpers/browser';
import { serveDirectory, type StaticServer } from '../helpers/static-server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory('out/renderer');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the built page declares a strict CSP without unsafe-inline or unsafe-eval', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await page.close();
});

it('an inline script is blocked by that CSP (the policy is in force, not just declared)', async () => {
  const page = await browser.newPage();
  const problems = watchForProblems(page);
  await page.goto(server.url);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
  ).toBeUndefined();
  expect(problems.some((p) => p.includes('CSP violation'))).toBe(true);
  await page.close();
});

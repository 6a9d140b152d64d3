// One Chromium for every desktop suite: started once, each file connects to it.
import type { BrowserServer } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../helpers/browser';

let server: BrowserServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  server = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  project.provide('standinChromium', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}

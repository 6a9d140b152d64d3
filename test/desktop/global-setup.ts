// One Chromium for every desktop suite: started once, each file connects to it.
import type { BrowserServer } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_LAUNCH } from '../helpers/browser';

let server: BrowserServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  server = await chromium.launchServer(CHROMIUM_LAUNCH);
  project.provide('standinChromium', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}

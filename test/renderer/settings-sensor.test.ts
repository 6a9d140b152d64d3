// Settings v4 in the popover: the sensor's lifetime (14/15 days) and, under Advanced, the
// LibreLinkUp version to announce. Each control sends one patch; a malformed version never leaves.
import { describe, expect, it } from 'vitest';
import { makeSettings } from '../helpers/snapshots';
import { stubCalls } from '../helpers/stub-api';
import { stubConfig, usePopoverSuite } from './popover';

const suite = usePopoverSuite();

async function openSettings(config = stubConfig()) {
  const popover = await suite.open(config);
  await popover.page.click('#tab-settings');
  await popover.page.waitForSelector('.settings-form');
  return popover;
}

async function patches(page: Awaited<ReturnType<typeof openSettings>>['page']) {
  return (await stubCalls(page, 'updateSettings')).map((c) => c.arg);
}

describe('sensor and advanced settings', () => {
  it('shows the stored lifetime and sends the other one', async () => {
    const { page } = await openSettings();
    expect(await page.isChecked('#sensor-lifetime-14')).toBe(true);
    await page.check('#sensor-lifetime-15');
    await expect.poll(() => patches(page)).toEqual([{ sensorLifetimeDays: 15 }]);
  });

  it('shows a 15-day setting as such', async () => {
    const { page } = await openSettings(
      stubConfig({ settings: makeSettings({ sensorLifetimeDays: 15 }) }),
    );
    expect(await page.isChecked('#sensor-lifetime-15')).toBe(true);
  });

  it('announces another LibreLinkUp version from Advanced', async () => {
    const { page } = await openSettings();
    await page.click('.advanced summary');
    expect(await page.inputValue('#llu-client-version')).toBe('4.17.0');
    await page.fill('#llu-client-version', '4.18.1');
    await page.press('#llu-client-version', 'Tab');
    await expect.poll(() => patches(page)).toEqual([{ lluClientVersion: '4.18.1' }]);
  });

  it('refuses a malformed version without sending it', async () => {
    const { page } = await openSettings();
    await page.click('.advanced summary');
    await page.fill('#llu-client-version', '4.18 beta');
    await page.press('#llu-client-version', 'Tab');
    expect(await page.locator('.settings .form-status').textContent()).toBe(
      'LibreLinkUp version: enter numbers with dots, like 4.17.0.',
    );
    expect(await page.inputValue('#llu-client-version')).toBe('4.17.0');
    expect(await patches(page)).toEqual([]);
  });
});

// Settings: each control sends one patch; thresholds are shown in the chosen unit and sent in
// mg/dL; pushed settings refresh the form.
import { describe, expect, it } from 'vitest';
import { makeSettings, makeSnapshot } from '../helpers/snapshots';
import { pushSettings, setStubResult, stubCalls } from '../helpers/stub-api';
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

describe('settings', () => {
  it('shows the stored settings', async () => {
    const { page } = await openSettings();
    expect(await page.isChecked('#units-mgdl')).toBe(true);
    expect(await page.inputValue('#alarm-low-threshold')).toBe('70');
    expect(await page.isChecked('#alarm-low')).toBe(true);
    expect(await page.isChecked('#alarm-rapidFall')).toBe(false);
    expect(await page.inputValue('#alarm-rapidFall-threshold')).toBe('2.0');
    expect(await page.inputValue('#alarm-noData-threshold')).toBe('20');
    expect(await page.inputValue('#quiet-start')).toBe('22:00');
    expect(await page.isChecked('#setting-launchAtLogin')).toBe(true);
    expect(await page.isChecked('#setting-privacyMode')).toBe(false);
  });

  it('changes units', async () => {
    const { page } = await openSettings();
    await page.check('#units-both');
    await expect.poll(() => patches(page)).toEqual([{ units: 'both' }]);
  });

  it('shows thresholds in mmol/L but sends mg/dL', async () => {
    const settings = makeSettings({ units: 'mmol/L' });
    const { page } = await openSettings(
      stubConfig({ settings, snapshot: makeSnapshot({ units: 'mmol/L' }) }),
    );
    expect(await page.inputValue('#alarm-low-threshold')).toBe('3.9');
    expect(await page.locator('.unit-label').first().textContent()).toBe('mmol/L');
    await page.fill('#alarm-low-threshold', '4,2');
    await page.press('#alarm-low-threshold', 'Tab');
    await page.fill('#alarm-rapidFall-threshold', '0.17');
    await page.press('#alarm-rapidFall-threshold', 'Tab');
    await expect
      .poll(() => patches(page))
      .toEqual([
        { alarms: { low: { enabled: true, threshold: 76 } } },
        { alarms: { rapidFall: { enabled: false, threshold: 3.1 } } },
      ]);
    // Main answers with what it stored; the form shows it back in mmol/L.
    await expect.poll(() => page.inputValue('#alarm-low-threshold')).toBe('4.2');
  });

  it('rejects a threshold that is not a number, without sending it', async () => {
    const { page } = await openSettings();
    await page.fill('#alarm-high-threshold', 'abc');
    await page.press('#alarm-high-threshold', 'Tab');
    expect(await page.locator('.settings .form-status').textContent()).toBe(
      'High above: enter a number above zero.',
    );
    expect(await page.inputValue('#alarm-high-threshold')).toBe('240');
    expect(await patches(page)).toEqual([]);
  });

  it('turns alarms, quiet hours and switches on and off', async () => {
    const { page } = await openSettings();
    await page.check('#alarm-rapidRise');
    await page.check('#quiet-enabled');
    await page.fill('#quiet-start', '23:30');
    await page.check('#setting-keepPopoverPinned');
    await page.check('#setting-privacyMode');
    await page.uncheck('#setting-launchAtLogin');
    await expect
      .poll(() => patches(page))
      .toEqual([
        { alarms: { rapidRise: { enabled: true, threshold: 2 } } },
        { quietHours: { enabled: true } },
        { quietHours: { start: '23:30' } },
        { keepPopoverPinned: true },
        { privacyMode: true },
        { launchAtLogin: false },
      ]);
    await expect.poll(() => page.locator('.settings .form-status').textContent()).toBe('Saved.');
  });

  it('shows a refused change and keeps the stored value', async () => {
    const { page } = await openSettings();
    await setStubResult(page, 'updateSettings', {
      ok: false,
      code: 'invalid_request',
      message: 'low must be above urgent low',
    });
    await page.fill('#alarm-low-threshold', '50');
    await page.press('#alarm-low-threshold', 'Tab');
    await expect
      .poll(() => page.locator('.settings .form-status').textContent())
      .toBe('Not saved: low must be above urgent low');
    expect(await page.inputValue('#alarm-low-threshold')).toBe('70');
  });

  it('follows settings pushed by main', async () => {
    const { page } = await openSettings();
    await pushSettings(page, makeSettings({ units: 'mmol/L', privacyMode: true }));
    await expect.poll(() => page.isChecked('#units-mmol')).toBe(true);
    expect(await page.isChecked('#setting-privacyMode')).toBe(true);
    expect(await page.inputValue('#alarm-high-threshold')).toBe('13.3');
  });

  it('signs out and quits', async () => {
    const { page } = await openSettings();
    await page.click('button:has-text("Sign out")');
    await page.click('button:has-text("Quit Glucobar")');
    expect(await stubCalls(page, 'signOut')).toHaveLength(1);
    expect(await stubCalls(page, 'quit')).toHaveLength(1);
  });
});

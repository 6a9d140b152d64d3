// Every session state has its own screen or banner with plain words and a next step, and
// each next step calls the right bridge method with the right payload.
import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../preload/contract';
import { makeSnapshot, MINUTE, NOW, stateSnapshot } from '../helpers/snapshots';
import { pushSnapshot, setStubResult, stubCalls } from '../helpers/stub-api';
import { stubConfig, usePopoverSuite } from './popover';

const suite = usePopoverSuite();

async function openState(status: SessionStatus) {
  return suite.open(stubConfig({ snapshot: stateSnapshot(status) }));
}

describe('screens that replace the popover', () => {
  it.each<[SessionStatus, RegExp, string[]]>([
    ['signed_out', /follower account.*region is found automatically/s, ['Sign in']],
    [
      'bad_credentials',
      /LibreLinkUp follower account.*not the FreeStyle LibreLink account/s,
      ['Sign in'],
    ],
    ['unauthorized', /ended this sign-in.*Sign in again/s, ['Sign in']],
    [
      'terms_required',
      /accept its Privacy Policy.*updated the LibreLinkUp Privacy Policy/s,
      ['Open LibreLinkUp help', 'Accept and continue'],
    ],
    [
      'email_verification_required',
      /Confirm your email address.*LibreLinkUp app/s,
      ['Open LibreLinkUp help', 'Try again'],
    ],
    ['locked_out', /locked.*You can sign in again in 4:37 \(at 13:34\)/s, ['Sign in']],
    [
      'no_connections',
      /Nobody to follow yet.*Add connection.*To follow yourself/s,
      ['Open LibreLinkUp help', 'Try again'],
    ],
    [
      'region_unknown',
      /region Glucobar does not know.*update/s,
      ['Check for updates', 'Try again'],
    ],
    [
      'sign_in_step_required',
      /Finish signing in elsewhere.*LibreView website/s,
      ['Open LibreLinkUp help', 'Try again'],
    ],
    [
      'password_expired',
      /wants a new password.*LibreView website/s,
      ['Sign in', 'Open LibreLinkUp help'],
    ],
    ['connecting', /Connecting to LibreLinkUp/, []],
  ])('%s', async (status, words, buttons) => {
    const { page } = await openState(status);
    const screen = page.locator('.session-screen');
    await expect.poll(() => screen.getAttribute('class')).toContain(`status-${status}`);
    expect(await screen.innerText()).toMatch(words);
    expect(await screen.locator('button:visible').allInnerTexts()).toEqual(buttons);
    expect(await page.locator('.tabs').isVisible()).toBe(false);
  });
});

describe('banners over the last known data', () => {
  it.each<[SessionStatus, RegExp]>([
    ['offline', /Offline.*No internet connection.*not current/s],
    ['server_unavailable', /LibreLinkUp is not answering.*not current/s],
    ['rate_limited', /slow down.*Next try at 13:39, in 9 min/s],
    ['blocked', /refusing requests.*Next try at 13:39, in 9 min/s],
    ['client_outdated', /asked for app version 4\.16\.0.*already retried as that version/s],
    ['bad_response', /could not read.*not current/s],
    ['api_changed', /LibreLinkUp has changed; Glucobar needs an update.*not current/s],
    ['patient_not_found', /no longer among your LibreLinkUp connections/],
  ])('%s', async (status, words) => {
    const { page } = await openState(status);
    const banner = page.locator('.status-banner');
    await expect.poll(() => banner.getAttribute('class')).toContain(`status-${status}`);
    expect(await banner.innerText()).toMatch(words);
    const snapshot = stateSnapshot(status);
    if (snapshot.current) {
      // The last value stays visible but is marked as not current.
      expect(await page.locator('.reading').getAttribute('class')).toContain('not-current');
      expect(await page.locator('.stale-note').isVisible()).toBe(true);
    }
  });

  it('offline: a recent value is still marked as not updating', async () => {
    const { page } = await openState('offline');
    await expect
      .poll(() => page.locator('.stale-note').textContent())
      .toBe('Last reading 3 min ago — not updating right now');
    // One warning box (the banner), not a second one under the value saying the same.
    const boxes = await page.evaluate(() => {
      const warn = getComputedStyle(document.querySelector('.status-banner')!).backgroundColor;
      return [...document.querySelectorAll<HTMLElement>('.app *')].filter(
        (el) => el.checkVisibility() && getComputedStyle(el).backgroundColor === warn,
      ).length;
    });
    expect(boxes).toBe(1);
    await page.click('.status-banner button:has-text("Try again")');
    expect(await stubCalls(page, 'refreshNow')).toHaveLength(1);
  });

  it('rate limits offer no retry button (the server asked us to wait)', async () => {
    const { page } = await openState('rate_limited');
    await page.waitForSelector('.status-banner');
    expect(await page.locator('.status-banner button').count()).toBe(0);
  });

  it('patient not found lists the people to choose from, and shows nobody’s data', async () => {
    const { page } = await openState('patient_not_found');
    await page.click('.patient:has-text("Kim Example")');
    expect(await page.locator('.reading').isVisible()).toBe(false);
    expect(await stubCalls(page, 'getHistory')).toEqual([]);
    expect((await stubCalls(page, 'selectPatient')).map((c) => c.arg)).toEqual([
      { patientId: 'p-kim' },
    ]);
  });
});

describe('acting on a screen', () => {
  it('signs in with what was typed and clears the password at once', async () => {
    const { page } = await openState('signed_out');
    await page.fill('#sign-in-email', ' follower@example.org ');
    await page.fill('#sign-in-password', 'correct horse');
    await page.press('#sign-in-password', 'Enter');
    await expect.poll(() => stubCalls(page, 'signIn')).toHaveLength(1);
    expect((await stubCalls(page, 'signIn'))[0]?.arg).toEqual({
      email: 'follower@example.org',
      password: 'correct horse',
    });
    expect(await page.inputValue('#sign-in-password')).toBe('');
    expect(await page.inputValue('#sign-in-email')).toBe('follower@example.org');
    expect(await page.getAttribute('#sign-in-password', 'type')).toBe('password');
    await expect
      .poll(() => page.locator('.sign-in .form-status').textContent())
      .toBe('Signed in. Connecting…');
  });

  it('does not send an incomplete form, and shows a failed sign-in', async () => {
    const { page } = await openState('bad_credentials');
    await page.click('.sign-in button');
    expect(await page.locator('.sign-in .form-status').textContent()).toBe(
      'Enter both the email and the password.',
    );
    expect(await stubCalls(page, 'signIn')).toHaveLength(0);
    await setStubResult(page, 'signIn', {
      ok: false,
      code: 'bad_credentials',
      message: 'LibreLinkUp rejected the email or password.',
    });
    await page.fill('#sign-in-email', 'a@example.org');
    await page.fill('#sign-in-password', 'wrong');
    await page.click('.sign-in button');
    await expect
      .poll(() => page.locator('.sign-in .form-status').textContent())
      .toBe('LibreLinkUp rejected the email or password.');
    expect(await page.inputValue('#sign-in-password')).toBe('');
  });

  it('terms: links to the official help and accepts only on the explicit button', async () => {
    const { page } = await openState('terms_required');
    await page.click('button:has-text("Open LibreLinkUp help")');
    expect((await stubCalls(page, 'openLink')).map((c) => c.arg)).toEqual([{ id: 'llu-help' }]);
    expect(await stubCalls(page, 'acceptTerms')).toHaveLength(0);
    await page.click('button:has-text("Accept and continue")');
    expect(await stubCalls(page, 'acceptTerms')).toHaveLength(1);
    await expect
      .poll(() => page.locator('.session-screen .form-status').textContent())
      .toBe('Accepted. Connecting…');
  });

  it('names the Terms of Use when that is the document', async () => {
    const snapshot = stateSnapshot('terms_required');
    snapshot.session.document = 'tou';
    const { page } = await suite.open(stubConfig({ snapshot }));
    await expect
      .poll(() => page.locator('#session-title').textContent())
      .toBe('LibreLinkUp asks you to accept its Terms of Use');
  });

  it('moves from a screen to the data when main reports success', async () => {
    const { page } = await openState('signed_out');
    await page.waitForSelector('.sign-in');
    await pushSnapshot(page, makeSnapshot());
    await expect.poll(() => page.locator('.reading .value').textContent()).toBe('131');
    expect(await page.locator('.session-screen').count()).toBe(0);
  });
});

describe('live countdown', () => {
  it('locked out: ticks every second and unlocks the form when the time has come', async () => {
    const snapshot = stateSnapshot('locked_out');
    snapshot.session.retryAt = NOW + 2 * MINUTE + 13_000;
    const { page } = await suite.open(stubConfig({ snapshot }), { clock: 'install' });
    // The installed clock runs in real time until paused: pausing 10 s in leaves a loaded
    // machine time to draw the page, and the countdown then starts from a known second.
    await page.clock.pauseAt(NOW + 10_000);
    const countdown = page.locator('.countdown');
    await expect
      .poll(() => countdown.textContent())
      .toBe('You can sign in again in 2:03 (at 13:32).');
    expect(await page.isDisabled('.sign-in button')).toBe(true);
    await page.clock.runFor(1000);
    expect(await countdown.textContent()).toBe('You can sign in again in 2:02 (at 13:32).');
    await page.clock.runFor(62_000);
    expect(await countdown.textContent()).toBe('You can sign in again in 1:00 (at 13:32).');
    await page.clock.runFor(60_000);
    expect(await countdown.textContent()).toBe('The lock has ended. You can sign in again.');
    expect(await page.isDisabled('.sign-in button')).toBe(false);
  });
});

describe('after a gate screen', () => {
  it('returns to Now, not to the tab that was open before (e.g. after signing in again)', async () => {
    const { page } = await suite.open();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected'))
      .toBe('true');
    await pushSnapshot(page, stateSnapshot('signed_out'));
    await expect.poll(() => page.getByRole('tab', { name: 'Settings' }).isVisible()).toBe(false);
    await pushSnapshot(page, makeSnapshot());
    await expect
      .poll(() => page.getByRole('tab', { name: 'Now' }).getAttribute('aria-selected'))
      .toBe('true');
  });
});

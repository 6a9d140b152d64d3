// LibreLinkUp saying no: a rate limit (the popover counts down to the next try, the app keeps
// quiet until then, and recovers) and a terms document (nothing is accepted until the person
// presses the button, and then exactly once).
import { expect, it } from 'vitest';
import { INVOKE } from '../../preload/contract';
import { DEMO_CREDENTIALS } from '../../main/simulator';
import type { PageGlobals } from './bridge-names';
import { useE2eSuite } from './harness';
import { clockText, expectedValueText, shownScreen, shownValue, signInWith } from './popover-page';

const suite = useE2eSuite();
const MINUTE = 60_000;

it('rate limited: the banner counts down to the next try, no request until then, then recovers', async () => {
  const world = await suite.open({ credentials: DEMO_CREDENTIALS });
  const { page, main } = world;
  await expect.poll(() => shownValue(page)).not.toBeNull();
  // A minute on, the start-up requests (live values, three backfills) have left the
  // per-minute request budget, so the refresh below goes out at once.
  await world.advance(MINUTE);

  const faultId = main.sim.control.inject({ kind: 'rateLimited', retryAfter: 120 });
  const refresh = await page.evaluate(() =>
    (window as unknown as PageGlobals).glucobar.refreshNow(),
  );
  expect(refresh).toEqual({ ok: true, value: null });
  const banner = page.locator('.status-banner.status-rate_limited');
  await expect.poll(() => banner.isVisible()).toBe(true);
  await world.idle();
  expect(main.sim.control.counts().byStatus['429']).toBe(1);

  const { session } = main.core.snapshot();
  expect(session.status).toBe('rate_limited');
  // The server asked for 120 s; the app waits at least 5 min on a rate limit (retry-policy.ts).
  expect(session.retryAt).toBe(main.clock.now() + 5 * MINUTE);
  const at = clockText(session.retryAt!);
  const retryLine = banner.locator('.retry-line');
  expect(await retryLine.textContent()).toBe(`Next try at ${at}, in 5 min.`);
  // The last value stays, marked as not current.
  expect(await page.locator('.reading').getAttribute('class')).toContain('not-current');

  const requestsBefore = main.sim.control.counts().total;
  await world.advance(MINUTE);
  expect(await retryLine.textContent()).toBe(`Next try at ${at}, in 4 min.`);
  // Even asked to, the app does not knock before the time LibreLinkUp was promised.
  await page.evaluate(() => (window as unknown as PageGlobals).glucobar.refreshNow());
  await world.idle();
  await world.advance(2 * MINUTE);
  expect(await retryLine.textContent()).toBe(`Next try at ${at}, in 2 min.`);
  expect(main.sim.control.counts().total).toBe(requestsBefore);

  main.sim.control.remove(faultId);
  await world.advance(2 * MINUTE);
  await expect.poll(() => banner.count()).toBe(0);
  expect(main.sim.control.counts().total).toBeGreaterThan(requestsBefore);
  const snapshot = main.core.snapshot();
  expect(snapshot.session.status).toBe('ok');
  const live = main.sim.control.liveReading(snapshot.selectedPatientId ?? '');
  expect(await shownValue(page)).toBe(expectedValueText(live!.mgdl, 'mg/dL'));
  expect(await page.locator('.reading').getAttribute('class')).not.toContain('not-current');
});

it('terms: shown after sign-in, accepted only by the button, with exactly one continue call', async () => {
  const world = await suite.open();
  const { page, main } = world;
  main.sim.control.inject({ kind: 'terms', steps: ['tou'] });
  await signInWith(page, main.sim.demo);
  await expect.poll(() => shownScreen(page)).toBe('terms_required');
  expect(await page.locator('#session-title').textContent()).toBe(
    'LibreLinkUp asks you to accept its Terms of Use',
  );
  // Left alone for a while, the app neither accepts nor logs in again on its own.
  await world.advance(10 * MINUTE);
  const counts = main.sim.control.counts();
  expect(counts.byEndpoint.continue).toBe(0);
  expect(counts.logins.step).toBe(1);
  expect(counts.byEndpoint.connections).toBe(0);
  expect(main.ipc.messages.filter((m) => m.channel === INVOKE.acceptTerms)).toEqual([]);

  await page.click('button:has-text("Accept and continue")');
  await expect.poll(() => shownValue(page)).not.toBeNull();
  await world.idle();
  expect(main.sim.control.counts().byEndpoint.continue).toBe(1);
  expect(main.ipc.messages.filter((m) => m.channel === INVOKE.acceptTerms)).toEqual([
    { direction: 'invoke', channel: INVOKE.acceptTerms, payload: [] },
    { direction: 'answer', channel: INVOKE.acceptTerms, payload: { ok: true, value: null } },
  ]);
  const snapshot = main.core.snapshot();
  expect(snapshot.session.status).toBe('ok');
  const live = main.sim.control.liveReading(snapshot.selectedPatientId ?? '');
  expect(await shownValue(page)).toBe(expectedValueText(live!.mgdl, 'mg/dL'));
});

// Signing in from the popover and what it then shows, checked against three independent
// sources: the core's snapshot, the tray model it feeds, and the simulator's own readings.
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../../main/simulator';
import { useE2eSuite, type E2eWorld } from './harness';
import { trayModelFor } from '../../main/core/tray/tray-view';
import { expectedValueText, shownScreen, shownValue, signInWith } from './popover-page';

const suite = useE2eSuite();
/** LibreLinkUp's TrendArrow 0..5 as the app draws it (0: not determined). */
const ARROW_GLYPHS = ['?', '↓', '↘', '→', '↗', '↑'];

async function valueShown(world: E2eWorld): Promise<string> {
  await expect.poll(() => shownValue(world.page)).not.toBeNull();
  await world.idle();
  return (await shownValue(world.page)) ?? '';
}

describe('sign in', () => {
  it('starts signed out, signs in with what was typed, and shows the live value everywhere', async () => {
    const world = await suite.open();
    const { page, main } = world;
    expect(await shownScreen(page)).toBe('signed_out');
    expect(main.core.snapshot().session.status).toBe('signed_out');
    expect(main.sim.control.counts().total).toBe(0);

    await signInWith(page, main.sim.demo);
    const shown = await valueShown(world);

    const snapshot = main.core.snapshot();
    expect(snapshot.session.status).toBe('ok');
    expect(main.storedCredentials()).toEqual(main.sim.demo);
    // Nobody chosen yet: the first person by id, as settings.selectedPatientId = null promises.
    const followed = main.sim.control.accounts().find((a) => a.email === main.sim.demo.email);
    const firstById = [...(followed?.patientIds ?? [])].sort()[0];
    expect(snapshot.selectedPatientId).toBe(firstById);
    const live = main.sim.control.liveReading(firstById ?? '');
    expect(live).not.toBeNull();

    expect(shown).toBe(snapshot.current?.display.value);
    expect(shown).toBe(expectedValueText(live!.mgdl, 'mg/dL'));
    const tray = trayModelFor(snapshot, 'darwin');
    expect(tray.title).toContain(shown);
    expect(tray.tooltip.split('\n').slice(0, 2)).toEqual([snapshot.patientName, `${shown} mg/dL`]);
    expect(await page.locator('.reading .arrow').textContent()).toBe(
      ARROW_GLYPHS[live!.trendArrow],
    );
    const wearer = main.sim.control.patients().find((p) => p.id === firstById);
    expect(await page.locator('.who').textContent()).toBe(
      `${wearer?.firstName} ${wearer?.lastName}`,
    );
    // The person signs in once; LibreLinkUp is asked for the live values once.
    expect(main.sim.control.counts().byEndpoint.connections).toBe(1);
  });

  it('refuses a wrong password without retrying, then accepts the right one', async () => {
    const world = await suite.open();
    const { page, main } = world;
    await signInWith(page, { email: DEMO_CREDENTIALS.email, password: 'not-the-password' });
    await expect.poll(() => shownScreen(page)).toBe('bad_credentials');
    await world.idle();
    await world.advance(10 * 60_000);
    // Retrying a wrong password on its own would walk the account into LibreLinkUp's lockout.
    expect(main.sim.control.counts().logins.badCredentials).toBe(1);
    expect(main.sim.control.counts().byEndpoint.connections).toBe(0);

    await signInWith(page, DEMO_CREDENTIALS);
    await valueShown(world);
    expect(main.core.snapshot().session.status).toBe('ok');
  });
});

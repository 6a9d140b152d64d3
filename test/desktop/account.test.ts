// The account, from the popover: signing in from the demo restarts the app into the account
// (app.relaunch), a refused password shows its own screen, signing out works. LibreLinkUp is
// the simulator, reached through the machine's network (standin/network.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../main/simulator';
import type { Simulator } from '../../main/simulator/types';
import {
  openPopover,
  popoverReading,
  relaunched,
  shownScreen,
  signIn,
  signOutFromSettings,
} from './person';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ seed: 4242 });
});
afterAll(async () => {
  await sim?.close();
});

describe('the account', () => {
  it('signs in from the demo popover, relaunches into the account and shows its value; signs out (win32-100)', async () => {
    const m = suite.machine({ personality: 'win32-100' });
    m.network.llu = sim.url;
    const first = m.launch();
    const demoPage = await openPopover(m, first);
    await waitFor('the demo value', () => popoverReading(demoPage));
    await signOutFromSettings(demoPage);
    await signIn(demoPage, sim.demo.email, sim.demo.password);
    const second = await relaunched(m, first);
    expect(second.argv).not.toContain('--demo');
    const page = await openPopover(m, second);
    const reading = await waitFor('the account value', () => popoverReading(page), 15_000);
    const snapshot = lastSnapshot(second)!;
    expect(snapshot.demo).toBe(false);
    expect(reading.value).toBe(snapshot.current!.display.value);
    const live = sim.control.liveReading(snapshot.selectedPatientId!);
    expect(live).not.toBeNull();
    await suite.picture(m, second, 'signed-in');

    await signOutFromSettings(page);
    expect(await shownScreen(page)).toBe('signed_out');
    await waitFor(
      'the tray to say signed out',
      () => lastSnapshot(second)?.session.status === 'signed_out',
    );
  });

  it('shows the refused-password screen after signing in with a wrong password (linux-appindicator)', async () => {
    const m = suite.machine({ personality: 'linux-appindicator' });
    m.network.llu = sim.url;
    const first = m.launch();
    const demoPage = await openPopover(m, first);
    await signOutFromSettings(demoPage);
    await signIn(demoPage, sim.demo.email, 'not-the-password');
    const second = await relaunched(m, first);
    const page = await openPopover(m, second);
    await waitFor(
      'the refused-password screen',
      async () => (await shownScreen(page)) === 'bad_credentials',
      15_000,
    );
    await suite.picture(m, second, 'refused-password');
  });
});

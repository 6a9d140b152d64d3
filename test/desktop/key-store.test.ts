// Where the password is kept, run against the key stores of the stand-in (safe-storage.ts):
// Linux without a key store (safeStorage `basic_text`) with and without the person's consent
// to keep it obfuscated, and a key store that refuses to unlock saved credentials.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../main/simulator';
import type { Simulator } from '../../main/simulator/types';
import {
  lastSettings,
  openPopover,
  popoverReading,
  quitFromTray,
  relaunched,
  shownNotices,
  shownScreen,
  signIn,
  signOutFromSettings,
} from './person';
import type { Machine } from './standin/machine';
import type { AppProcess } from './standin/process';
import { lastSnapshot } from './tray-expect';
import { useDesktopSuite, waitFor } from './world';

const suite = useDesktopSuite();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ seed: 5150 });
});
afterAll(async () => {
  await sim?.close();
});

/** Signs in from the demo popover; resolves with the process that shows the account. */
async function signInFromDemo(m: Machine, demo: AppProcess): Promise<AppProcess> {
  const page = await openPopover(m, demo);
  await signOutFromSettings(page);
  await signIn(page, sim.demo.email, sim.demo.password);
  const account = await relaunched(m, demo);
  await waitFor(
    'the account value',
    () => lastSnapshot(account)?.demo === false && lastSnapshot(account)?.current,
    15_000,
  );
  return account;
}

describe('the key store', () => {
  it('Linux without a key store: “remember anyway” really stores the sign-in (linux-x11, basic_text)', async () => {
    const m = suite.machine({ personality: 'linux-x11', keyStore: 'basic_text' });
    m.network.llu = sim.url;
    const demo = m.launch();
    const page = await openPopover(m, demo);
    await page.click('.tabs [data-view="settings"]');
    await page.check('#setting-rememberWithoutKeyStore');
    await waitFor('the consent to be saved', () => lastSettings(demo)?.rememberWithoutKeyStore);
    const account = await signInFromDemo(m, demo);

    // A restart finds the sign-in on disk: the vault decrypts what it stored.
    await quitFromTray(m, account);
    const again = m.launch();
    const snapshot = await waitFor(
      'the account after a restart',
      () => lastSnapshot(again)?.current && lastSnapshot(again),
      15_000,
    );
    expect(snapshot.demo).toBe(false);
    expect(snapshot.session.status).toBe('ok');
    const stored = readFileSync(join(m.pathsFor().userData, 'secrets.json'), 'utf8');
    expect(stored).not.toContain(sim.demo.password);
    const page2 = await openPopover(m, again);
    const reading = await waitFor('the account value in the popover', () => popoverReading(page2));
    expect(reading.value).toBe(lastSnapshot(again)!.current!.display.value);
    await suite.picture(m, again, 'remembered-without-key-store');
  });

  for (const model of ['documented', 'Electron 45 async encryptor'] as const) {
    it(`Linux without a key store and no consent: signing in from the demo says why it cannot, stores nothing, and stays (linux-appindicator, basic_text, ${model})`, async () => {
      const m = suite.machine({ personality: 'linux-appindicator', keyStore: 'basic_text' });
      // Electron 45's source encrypts under basic_text without the plain-text switch
      // (standin/safe-storage.ts): only the app's own reading of the backend holds it back.
      m.keyStore.asyncIgnoresPlainTextSwitch = model !== 'documented';
      m.network.llu = sim.url;
      const demo = m.launch();
      const page = await openPopover(m, demo);
      await signOutFromSettings(page);
      await signIn(page, sim.demo.email, sim.demo.password);
      const status = page.locator('.sign-in .form-status');
      await waitFor(
        'an answer in the form',
        async () => ((await status.textContent()) ?? '') !== '',
      );
      expect(await status.textContent()).toMatch(/no key store.*Settings/);
      // No restart into a demo that silently forgot the sign-in, and nothing on disk.
      await pause(500);
      expect(m.processes).toEqual([demo]);
      expect(demo.alive()).toBe(true);
      const secrets = join(m.pathsFor().userData, 'secrets.json');
      expect(existsSync(secrets) ? readFileSync(secrets, 'utf8') : '').not.toContain('credentials');
      if (model === 'documented') await suite.picture(m, demo, 'sign-in-without-key-store');
    });
  }

  it('a key store that refuses to unlock saved credentials: signed out with a notice, never the demo (win32-100)', async () => {
    const m = suite.machine({ personality: 'win32-100' });
    m.network.llu = sim.url;
    const account = await signInFromDemo(m, m.launch());
    await quitFromTray(m, account);

    m.keyStore.refuses = true;
    const locked = m.launch();
    const page = await openPopover(m, locked);
    await waitFor('the signed-out screen', async () => (await shownScreen(page)) === 'signed_out');
    expect(lastSnapshot(locked)?.demo).toBe(false);
    expect(await popoverReading(page)).toBeNull();
    const notices = await waitFor('the key store notice', async () => {
      const shown = await shownNotices(page);
      return shown.some((n) => n.includes('key store')) && shown;
    });
    expect(notices.join(' ')).toMatch(/did not unlock your saved LibreLinkUp sign-in/);
    await suite.picture(m, locked, 'key-store-refused');
  });
});

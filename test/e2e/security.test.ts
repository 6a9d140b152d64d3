// The bridge as a boundary: signing out stops everything, secrets only ever travel into main,
// and the router serves only the popover's main frame and only the contract's channels.
import { expect, it } from 'vitest';
import { BRIDGE_KEY, INVOKE, PUSH, type Result } from '../../preload/contract';
import { DEMO_CREDENTIALS } from '../../main/simulator';
import type { PageGlobals } from './bridge-names';
import { useE2eSuite } from './harness';
import { openTab, rawInvoke, shownScreen, shownValue, signInWith } from './popover-page';
import { findSecrets } from './secrets';

const suite = useE2eSuite();
const MINUTE = 60_000;

it('logs out: signed-out screen, no more requests, and no password or token ever reached the page', async () => {
  const world = await suite.open();
  const { page, main } = world;
  // An account of its own, so its password is a string nothing else could contain.
  const wearer = main.sim.control.accounts().find((a) => a.email === DEMO_CREDENTIALS.email);
  const carer = { email: 'carer@example.org', password: 'Corr3ct-Horse-Battery' };
  main.sim.control.addAccount({
    ...carer,
    region: 'us',
    patients: [{ id: wearer!.patientIds[0]! }],
  });

  await signInWith(page, carer);
  await expect.poll(() => shownValue(page)).not.toBeNull();
  await world.idle();
  expect(main.storedCredentials()).toEqual(carer);

  await openTab(page, 'settings');
  await page.click('button:has-text("Sign out")');
  await expect.poll(() => shownScreen(page)).toBe('signed_out');
  await world.idle();
  expect(main.core.snapshot().session.status).toBe('signed_out');
  expect(main.core.snapshot().current).toBeNull();
  expect(main.storedCredentials()).toBeNull();
  const requests = main.sim.control.counts().total;
  await world.advance(10 * MINUTE);
  expect(main.sim.control.counts().total).toBe(requests);
  expect(main.core.poller().status().running).toBe(false);
  expect(main.core.snapshot().session.status).toBe('signed_out');
  expect(await shownScreen(page)).toBe('signed_out');

  // The password went into main exactly once, inside the sign-in request, and never came back.
  const tokens = main.fetch.tokens();
  expect(tokens.length).toBeGreaterThan(0);
  const messages = main.ipc.messages;
  const carrying = messages.filter((m) => findSecrets([m], [carer.password]).length > 0);
  expect(carrying).toEqual([{ direction: 'invoke', channel: INVOKE.signIn, payload: [carer] }]);
  const others = messages.filter((m) => m !== carrying[0]);
  expect(others.length).toBeGreaterThan(5);
  expect(others.some((m) => m.direction === 'push' && m.channel === PUSH.snapshot)).toBe(true);
  expect(findSecrets(others, [carer.password, ...tokens])).toEqual([]);
  expect(findSecrets(messages, tokens)).toEqual([]);
  const logged = [{ direction: 'log', channel: 'logger', payload: main.log.entries }];
  expect(findSecrets(logged, [carer.password, ...tokens])).toEqual([]);
  // Nor does the page keep it anywhere a later script could read it.
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toContain(carer.password);
  expect(await page.inputValue('#sign-in-password')).toBe('');
});

it('serves only the main frame: a sub-frame is refused, and nothing happens', async () => {
  const world = await suite.open({ credentials: DEMO_CREDENTIALS });
  const { page, main } = world;
  await expect.poll(() => shownValue(page)).not.toBeNull();
  await world.idle();
  const fromMain = await page.evaluate(() =>
    (window as unknown as PageGlobals).glucobar.getSnapshot(),
  );
  expect(fromMain.ok).toBe(true);

  // Two kinds of frame inside the popover, both allowed by its CSP (neither loads anything):
  // a srcdoc frame (URL about:srcdoc) and a blank frame written with document.open(), which
  // takes the popover's own URL, so only "not the main frame" tells it apart.
  await page.evaluate(() => {
    const srcdoc = document.createElement('iframe');
    srcdoc.srcdoc = '<p>embedded</p>';
    const written = document.createElement('iframe');
    document.body.append(srcdoc, written);
    written.contentDocument!.open();
    written.contentDocument!.write('<p>written</p>');
    written.contentDocument!.close();
  });
  await expect.poll(() => page.frames().length).toBe(3);
  const children = page.frames().filter((f) => f !== page.mainFrame());
  const urls = await Promise.all(children.map((f) => f.evaluate(() => location.href)));
  expect(urls.sort()).toEqual(['about:srcdoc', `${suite.origin()}/`]);
  const answers = await Promise.all(
    children.map(async (child) => {
      await child.waitForFunction((key) => key in window, BRIDGE_KEY);
      return child.evaluate(async () => {
        const api = (window as unknown as PageGlobals).glucobar;
        return [
          await api.getSnapshot(),
          await api.signOut(),
          await api.updateSettings({ units: 'mmol/L' }),
        ];
      });
    }),
  );
  const refused: Result<never> = {
    ok: false,
    code: 'forbidden',
    message: 'This request did not come from the Glucobar window.',
  };
  expect(answers).toEqual([
    [refused, refused, refused],
    [refused, refused, refused],
  ]);
  await world.idle();
  expect(main.core.snapshot().session.status).toBe('ok');
  expect(main.settings.get().units).toBe('mg/dL');
  const warnings = main.log.entries.filter((e) => e.message.includes('untrusted sender'));
  expect(warnings.map((e) => e.fields?.['mainFrame'])).toEqual(Array(6).fill(false));
  expect(new Set(warnings.map((e) => e.fields?.['origin']))).toEqual(
    new Set(['unparseable', 'app://glucobar']),
  );
});

it('answers only the contract: unknown channels, extra arguments and extra fields are refused', async () => {
  const world = await suite.open({ credentials: DEMO_CREDENTIALS });
  const { page, main } = world;
  await expect.poll(() => shownValue(page)).not.toBeNull();
  await world.idle();
  expect(main.ipc.channels().sort()).toEqual(Object.values(INVOKE).sort());
  const api = await page.evaluate((key) => {
    const bridge = (window as unknown as Record<string, object>)[key]!;
    return { keys: Object.keys(bridge).sort(), frozen: Object.isFrozen(bridge) };
  }, BRIDGE_KEY);
  const named = [...Object.keys(INVOKE), 'onSnapshot', 'onSettings'].sort();
  expect(api).toEqual({ keys: named, frozen: true });

  // What a compromised page could try through the raw pipe.
  expect(await rawInvoke(page, 'glucobar:credentials:get', [])).toEqual({
    rejected: expect.stringContaining("No handler registered for 'glucobar:credentials:get'"),
  });
  const shown = main.core.snapshot().selectedPatientId;
  const chosen = main.settings.get().selectedPatientId;
  const other = main.core.snapshot().patients.find((p) => p.id !== shown)!.id;
  const invalid = { answered: expect.objectContaining({ code: 'invalid_request' }) };
  expect(await rawInvoke(page, INVOKE.signOut, [undefined, 'more'])).toEqual(invalid);
  expect(await rawInvoke(page, INVOKE.selectPatient, [{ patientId: other, admin: true }])).toEqual(
    invalid,
  );
  expect(await rawInvoke(page, INVOKE.selectPatient, [other, other])).toEqual(invalid);
  await world.idle();
  expect(main.core.snapshot().session.status).toBe('ok');
  expect(main.settings.get().selectedPatientId).toBe(chosen);
  expect(main.core.snapshot().selectedPatientId).toBe(shown);
  // The same request, well-formed, is served: the refusals above were about the form alone.
  expect(await rawInvoke(page, INVOKE.selectPatient, [{ patientId: other }])).toEqual({
    answered: { ok: true, value: null },
  });
  expect(main.settings.get().selectedPatientId).toBe(other);
});

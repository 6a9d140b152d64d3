// Choosing whom the tray shows, from the popover's list of people followed, and the unit the
// values are shown in: both travel renderer → router → core → settings and come back as pushes.
import { expect, it } from 'vitest';
import { INVOKE, PUSH, type Settings } from '../../preload/contract';
import { DEMO_CREDENTIALS } from '../../main/simulator';
import { trayModelFor } from '../../main/core/tray/tray-view';
import { useE2eSuite } from './harness';
import { expectedValueText, openTab, shownValue } from './popover-page';

const suite = useE2eSuite();

it('switches patient from the list: tray, value, chart and settings follow', async () => {
  const world = await suite.open({ credentials: DEMO_CREDENTIALS });
  const { page, main } = world;
  await expect.poll(() => shownValue(page)).not.toBeNull();
  await world.idle();
  const before = main.core.snapshot();
  // Someone other than the person shown (the first by id), from the demo account's wearers.
  const other = main.sim.control
    .patients()
    .filter((p) => p.followers.includes(DEMO_CREDENTIALS.email))
    .find((p) => p.id !== before.selectedPatientId);
  expect(other).toBeDefined();
  const name = `${other!.firstName} ${other!.lastName}`;
  expect(await page.locator('.patient').count()).toBe(3);

  await page.click(`.patient[data-patient-id="${other!.id}"]`);
  await expect.poll(() => page.locator('.who').textContent()).toBe(name);
  await world.idle();

  const after = main.core.snapshot();
  expect(main.settings.get().selectedPatientId).toBe(other!.id);
  expect(after.selectedPatientId).toBe(other!.id);
  const live = main.sim.control.liveReading(other!.id);
  const shown = await shownValue(page);
  expect(shown).toBe(expectedValueText(live!.mgdl, 'mg/dL'));
  expect(shown).toBe(after.current?.display.value);
  const tray = trayModelFor(after, 'darwin');
  expect(tray.title).toContain(shown);
  expect(tray.tooltip.split('\n').slice(0, 2)).toEqual([name, `${shown} mg/dL`]);
  expect(
    await page.locator(`.patient[data-patient-id="${other!.id}"]`).getAttribute('aria-pressed'),
  ).toBe('true');
  // The chart asked for the new person's history, through the bridge.
  const asked = main.ipc.messages.filter(
    (m) => m.direction === 'invoke' && m.channel === INVOKE.getHistory,
  );
  expect(asked.at(-1)?.payload).toEqual([{ patientId: other!.id, span: '12h' }]);
  // The request went out as one validated IPC call with only the id.
  const selects = main.ipc.messages.filter((m) => m.channel === INVOKE.selectPatient);
  expect(selects.map((m) => m.payload)).toEqual([
    [{ patientId: other!.id }],
    { ok: true, value: null },
  ]);

  // Now in mmol/L, chosen in Settings: the same reading, converted by main, on every view.
  await openTab(page, 'settings');
  await page.check('#units-mmol');
  await expect.poll(() => main.settings.get().units).toBe('mmol/L');
  await openTab(page, 'now');
  const mmol = expectedValueText(live!.mgdl, 'mmol/L');
  await expect.poll(() => shownValue(page)).toBe(mmol);
  await world.idle();
  expect(await page.locator('.reading .unit').textContent()).toBe('mmol/L');
  expect(trayModelFor(main.core.snapshot(), 'darwin').title).toContain(mmol);
  const settingsPushes = main.ipc.messages.filter((m) => m.channel === PUSH.settings);
  expect(settingsPushes.map((m) => (m.payload as Settings).units)).toContain('mmol/L');
});

// The app when LibreLinkUp's answers stop matching anything Glucobar knows (issue #14, LLU 5):
// a distinct "LibreLinkUp has changed; Glucobar needs an update" state, not a generic error,
// and back to normal on the first good answer. Real client, simulator, app core, fake clock.
import { afterEach, expect, it } from 'vitest';
import { HOUR, MINUTE, startRig, type Rig } from './rig';

const START = Date.UTC(2026, 11, 7, 8, 0, 0);
let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

it('several unreadable answers in a row → api_changed; a good answer → ok again', async () => {
  rig = await startRig({ start: START });
  const { sim, core } = rig;
  core.start();
  await rig.advance(10 * MINUTE);
  expect(core.snapshot().session.status).toBe('ok');

  const fault = sim.control.inject({ kind: 'apiChanged', variant: 'encrypted' });
  await rig.advance(2 * MINUTE);
  // One or two such answers are a bad moment, retried like any unreadable answer.
  expect(core.snapshot().session.status).toBe('bad_response');
  await rig.advance(10 * MINUTE);
  const changed = core.snapshot();
  expect(changed.session.status).toBe('api_changed');
  expect(changed.session.message).toMatch(/^LibreLinkUp has changed; Glucobar needs an update/);
  expect(changed.current?.stale).toBe(true);

  sim.control.remove(fault);
  await rig.advance(HOUR + MINUTE);
  expect(core.snapshot().session.status).toBe('ok');
  expect(core.snapshot().current?.stale).toBe(false);
});

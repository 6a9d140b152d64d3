import { describe, expect, it } from 'vitest';
import { DEMO_SEED, startDemoSimulator } from '../../../main/simulator/demo';
import { startSimulator } from '../../../main/simulator/index';
import { call, createManualClock, login, START } from './sim-test-kit';

describe('demo simulator', () => {
  it('always shows the same three wearers, different from other seeds', async () => {
    const clock = createManualClock(START);
    const first = await startDemoSimulator({ clock });
    const ids = first.control.patients().map((p) => `${p.id} ${p.firstName} ${p.lastName}`);
    await first.close();
    const again = await startDemoSimulator({ clock });
    const same = await startSimulator({ clock, seed: DEMO_SEED });
    const other = await startSimulator({ clock });
    try {
      expect(again.control.patients().map((p) => `${p.id} ${p.firstName} ${p.lastName}`)).toEqual(
        ids,
      );
      expect(same.control.patients().map((p) => p.id)).toEqual(
        again.control.patients().map((p) => p.id),
      );
      expect(other.control.patients().map((p) => p.id)).not.toEqual(
        again.control.patients().map((p) => p.id),
      );
      const session = await login(again);
      const list = await call(again, session.region, '/llu/connections', {
        headers: session.headers,
      });
      expect(list.json.data.map((c: { country: string }) => c.country).sort()).toEqual([
        'DE',
        'GB',
        'US',
      ]);
      expect(again.apiUrl).toBe(`${again.url}/{region}`);
      expect(again.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await again.close();
      await other.close();
      await same.close();
    }
  });
});

// A poller on the in-memory LibreLinkUp stand-in that follows wearer p2 after its first answer,
// as the app does: shared by the cold-start tests and the poller bench.
import type { Patient } from '../../main/core/llu/types';
import { createPoller } from '../../main/core/poller';
import { silentLogger } from '../../main/core/ports';
import { createFakeLlu } from '../unit/poller/fake-llu';
import { createFakeClock } from './fake-clock';

export function followedPoller(options: { delayMs: number; skewMs?: number; patients?: string[] }) {
  const { delayMs, skewMs = 0, patients = ['p1', 'p2'] } = options;
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, delayMs, skewMs, patients });
  const seen: Array<{ at: number; patients: Patient[] }> = [];
  const poller = createPoller({
    clock,
    random: () => 0.5,
    logger: silentLogger,
    client: llu.client,
    sink: {
      async patients(answer, at) {
        seen.push({ at, patients: answer });
        // What the app does after its first answer: follow the selected wearer.
        if (seen.length === 1) poller.setFocus('p2');
      },
      async graph() {},
      failed() {},
    },
  });
  /**
   * Lag of the followed wearer's first reading newer than the one the first answer at or after
   * `from` had (poll that handed it on − when the server had it); NaN when none came.
   */
  const firstNewLag = (from: number): number => {
    const after = seen.filter((s) => s.at >= from);
    const base = after[0]?.patients[1]?.latest?.time;
    if (base === undefined) return NaN;
    const next = after.find((s) => (s.patients[1]?.latest?.time ?? -Infinity) > base);
    if (next === undefined) return NaN;
    return next.at - (next.patients[1]!.latest!.time - skewMs + delayMs);
  };
  return { clock, llu, poller, seen, firstNewLag };
}

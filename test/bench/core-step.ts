// The core's cost per event: a simulated day of the app core (three wearers, a poll a minute, the
// 15 s clock tick) on a fake clock with history in memory, so only the core's own work is timed;
// and one pure reducer step plus snapshot build on the state that day leaves behind. Prints
// figures; asserts nothing. (Before the reducer, each new reading built the snapshot twice and
// a tray model inside each; see the commit that added this file for the before figures.)
import { createAppCore } from '../../main/core/app-core';
import type { CoreState } from '../../main/core/app/state';
import { createMemorySettings } from '../../main/core/app/memory-settings';
import { openHistory } from '../../main/core/history';
import { silentLogger } from '../../main/core/ports';
import { defaultSettings } from '../../main/core/settings/schema';
import { createFakeClock } from '../helpers/fake-clock';
import { createMemoryFs } from '../unit/integration/memory-fs';
import { createFakeLlu } from '../unit/poller/fake-llu';

const HOUR = 3_600_000;

/** Runs `hours` simulated hours of the core; returns wall ms, snapshots emitted and polls. */
export async function simulateCore(hours: number) {
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, patients: ['p1', 'p2', 'p3'] });
  const history = openHistory({ dir: '/bench', fs: createMemoryFs(), clock, logger: silentLogger });
  const core = createAppCore({
    clock,
    random: () => 0.5,
    logger: silentLogger,
    client: {
      ...llu.client,
      logbook: async () => [],
      acceptTerms: async () => 'accepted' as const,
      setCredentials: () => {},
      signOut: async () => {},
      loginCount: () => 0,
    },
    history,
    settings: createMemorySettings(defaultSettings()),
    credentials: { save: async () => {}, clear: async () => {} },
    notifier: { notify: () => {} },
    demo: false,
    hasCredentials: true,
    localMinutesOfDay: () => 12 * 60,
  });
  let snapshots = 0;
  core.onSnapshot(() => (snapshots += 1));
  core.start();
  const started = performance.now();
  await clock.advance(hours * HOUR, async () => {
    do await new Promise((resolve) => setImmediate(resolve));
    while (core.poller().status().inFlight);
  });
  const ms = performance.now() - started;
  const polls = llu.calls.filter((c) => c.kind === 'connections').length;
  core.stop();
  await history.close();
  return { ms, snapshots, polls, core };
}

export async function benchCoreStep(): Promise<string[]> {
  const { reduce } = await import('../../main/core/app/reduce');
  const { buildSnapshot } = await import('../../main/core/snapshot/build-snapshot');
  const { initialState } = await import('../../main/core/app/state');
  const day = await simulateCore(24);
  const lines = [
    `a simulated day, 3 wearers: ${day.polls} polls, ${day.snapshots} snapshots emitted, ` +
      `${day.ms.toFixed(0)} ms (${((day.ms * 1000) / (day.polls + 24 * 240)).toFixed(0)} µs per poll or tick)`,
  ];
  // One tick on a state holding three wearers' last 30 minutes: the pure part of every event.
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  const reading = (minutesAgo: number, mgdl: number) => ({
    time: now - minutesAgo * 60_000,
    mgdl,
    trend: 'flat' as const,
    sensorLimit: null,
    localOffsetMinutes: 60,
    source: 'live' as const,
  });
  const patients = ['p1', 'p2', 'p3'].map((id, i) => ({
    id,
    connectionId: `c-${id}`,
    firstName: id,
    lastName: 'Example',
    targets: { lowMgdl: 70, highMgdl: 180 },
    units: 'mg/dL' as const,
    sensor: null,
    latest: reading(0, 100 + i),
    alarmLevels: { lowMgdl: 70, highMgdl: 250, urgentLowMgdl: 55 },
  }));
  const recent = Object.fromEntries(
    patients.map((p) => [p.id, Array.from({ length: 30 }, (_, m) => reading(29 - m, 100 + m))]),
  );
  let state: CoreState = {
    ...initialState({
      now,
      demo: false,
      hasCredentials: true,
      settings: defaultSettings(),
      localMinutesOfDay: 720,
    }),
    patients,
    recent,
  };
  const N = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < N; i += 1) {
    state = reduce(state, { type: 'tick', now: now + i, localMinutesOfDay: 720 });
    buildSnapshot(state);
  }
  const each = ((performance.now() - t0) * 1000) / N;
  lines.push(`reduce(tick) + buildSnapshot: ${each.toFixed(1)} µs per event (${N} events)`);
  return lines;
}

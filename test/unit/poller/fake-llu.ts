// A tiny in-memory stand-in for the LibreLinkUp client: readings appear every minute, `delayMs`
// after their sensor time (upload delay), on a sensor clock `skewMs` ahead of ours.
import type { Reading } from '../../../main/core/glucose/reading';
import type { LluError } from '../../../main/core/llu/errors';
import type { GraphResult, LluClient, Patient } from '../../../main/core/llu/types';
import type { Clock } from '../../../main/core/ports';

export interface FakeLluOptions {
  clock: Clock;
  patients?: string[];
  delayMs?: number;
  skewMs?: number;
  /** Phase of each patient's readings within the minute, ms. */
  phaseMs?: number;
  /** Per patient (same order as `patients`): phones upload on their own rhythm. */
  phasesMs?: readonly number[];
  stalledUntil?: number;
}

export function createFakeLlu(options: FakeLluOptions) {
  const ids = options.patients ?? ['p1'];
  const delay = options.delayMs ?? 5_000;
  const skew = options.skewMs ?? 0;
  const phase = options.phaseMs ?? 40_000;
  const calls: Array<{ kind: 'connections' | 'graph'; at: number; patientId?: string }> = [];
  let failWith: LluError | null = null;
  let stalledFrom: number | null = null;
  let latency = 0;

  const readingAt = (sensorTime: number): Reading => ({
    time: sensorTime,
    mgdl: 100 + Math.round(20 * Math.sin(sensorTime / 3_600_000)),
    trend: 'flat',
    sensorLimit: null,
    localOffsetMinutes: 60,
    source: 'live',
  });
  const phaseOf = (id: string): number => options.phasesMs?.[ids.indexOf(id)] ?? phase;
  /** Sensor time of the newest reading available now (of patient `id`). */
  const newestAvailable = (id = ids[0]!): number => {
    const sensorNow = options.clock.now() + skew - delay;
    const own = phaseOf(id);
    let t = Math.floor((sensorNow - own) / 60_000) * 60_000 + own;
    if (stalledFrom !== null && t > stalledFrom) t = stalledFrom;
    return t;
  };
  const patient = (id: string): Patient => ({
    id,
    connectionId: `c-${id}`,
    firstName: id,
    lastName: '',
    targets: { lowMgdl: 70, highMgdl: 180 },
    units: 'mg/dL',
    sensor: null,
    latest: readingAt(newestAvailable(id)),
    alarmLevels: { lowMgdl: null, highMgdl: null, urgentLowMgdl: null },
  });
  const wait = () => (latency > 0 ? new Promise((r) => setTimeout(r, latency)) : Promise.resolve());

  const client: Pick<LluClient, 'connections' | 'graph'> = {
    async connections() {
      calls.push({ kind: 'connections', at: options.clock.now() });
      await wait();
      if (failWith) throw failWith;
      return ids.map(patient);
    },
    async graph(patientId): Promise<GraphResult> {
      calls.push({ kind: 'graph', at: options.clock.now(), patientId });
      await wait();
      if (failWith) throw failWith;
      const end = newestAvailable(patientId) - 20 * 60_000;
      const readings: Reading[] = [];
      for (let t = end - 12 * 3_600_000; t <= end; t += 5 * 60_000)
        readings.push({ ...readingAt(t), source: 'graph' });
      return { patient: patient(patientId), readings };
    },
  };
  return {
    client,
    calls,
    newestAvailable,
    fail(error: LluError | null) {
      failWith = error;
    },
    stall(on: boolean) {
      stalledFrom = on ? newestAvailable() : null;
    },
    setLatency(ms: number) {
      latency = ms;
    },
  };
}

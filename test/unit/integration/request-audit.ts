// Reads the simulator's request log as it goes and keeps only what the budget checks need:
// the busiest sliding minute and per-hour counts, so a month of requests costs a few kB.
import type { EndpointName, RequestLogEntry, Simulator } from '../../../main/simulator/index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DATA_ENDPOINTS: ReadonlySet<EndpointName> = new Set(['connections', 'graph', 'logbook']);

export interface RequestAudit {
  /** Takes in every request since the last call. Call at least every ~12 h (the log keeps 1000). */
  collect(): void;
  /** Most requests in any 60 s (a request at t and one at t + 60 s are in different minutes). */
  busiestMinute(): { all: number; data: number; at: number };
  /** Requests of one endpoint per hour since the audit began, oldest hour first. */
  perHour(endpoint: EndpointName): number[];
  /** Log entries the audit missed because it collected too rarely (must stay 0). */
  missed(): number;
}

export function createRequestAudit(sim: Simulator): RequestAudit {
  const startedAt = sim.control.now();
  let lastTotal = sim.control.counts().total;
  let lastAt = Number.NEGATIVE_INFINITY;
  let missed = 0;
  const window: RequestLogEntry[] = [];
  const busiest = { all: 0, data: 0, at: 0 };
  const hourly = new Map<EndpointName, number[]>();

  const take = (entry: RequestLogEntry) => {
    window.push(entry);
    while (window[0]!.at <= entry.at - MINUTE) window.shift();
    const data = window.filter((e) => DATA_ENDPOINTS.has(e.endpoint)).length;
    if (window.length > busiest.all) Object.assign(busiest, { all: window.length, at: entry.at });
    busiest.data = Math.max(busiest.data, data);
    const hours = hourly.get(entry.endpoint) ?? [];
    const hour = Math.floor((entry.at - startedAt) / HOUR);
    while (hours.length <= hour) hours.push(0);
    hours[hour]! += 1;
    hourly.set(entry.endpoint, hours);
  };

  return {
    collect() {
      const total = sim.control.counts().total;
      const fresh = total - lastTotal;
      const log = sim.control.requests();
      const entries = log.slice(Math.max(0, log.length - fresh));
      missed += fresh - entries.length;
      for (const entry of entries) {
        if (entry.at < lastAt) throw new Error('request log went back in time');
        lastAt = entry.at;
        take(entry);
      }
      lastTotal = total;
    },
    busiestMinute: () => ({ ...busiest }),
    perHour: (endpoint) => [...(hourly.get(endpoint) ?? [])],
    missed: () => missed,
  };
}

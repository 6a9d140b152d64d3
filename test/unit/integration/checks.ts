// What the integration tests compare: the history the app kept against what the simulator
// published, and the request log against the budget.
import type { Reading } from '../../../main/core/glucose/reading';
import type { HistoryStore } from '../../../main/core/history';
import {
  parseLluTimestamp,
  type PublishedReadingView,
  type RequestLogEntry,
  type Simulator,
} from '../../../main/simulator/index';
import { MINUTE } from './rig';

/** The graph withholds its newest 15–20 min; a point younger than this may not be in it yet. */
export const GRAPH_LAG = 21 * MINUTE;
/** A live reading this young may not have been polled yet. */
export const LIVE_LAG = 2 * MINUTE;

export const iso = (time: number) => new Date(time).toISOString();

/**
 * Published readings in [from, to] that the history lacks (or holds with another value): every
 * live value at least LIVE_LAG old at `asOf`, every graph point at least GRAPH_LAG old.
 * `include: 'graph'` checks graph points only (a gap's minute readings were never shown live).
 */
export async function missingReadings(
  sim: Simulator,
  history: HistoryStore,
  patientId: string,
  range: { from: number; to: number; asOf?: number; include?: 'all' | 'graph' },
): Promise<string[]> {
  const asOf = range.asOf ?? sim.control.now();
  const stored = await history.range(patientId, range.from - MINUTE, range.to + MINUTE);
  const byTime = new Map(stored.map((r) => [r.time, r.mgdl]));
  const due = sim.control
    .publishedReadings(patientId, Math.floor(range.from), Math.ceil(range.to), 'all')
    .filter(
      (p) =>
        (p.live && range.include !== 'graph' && p.time <= asOf - LIVE_LAG) ||
        (p.graph && p.time <= asOf - GRAPH_LAG),
    );
  return due.filter((p) => byTime.get(p.time) !== p.mgdl).map((p) => iso(p.time));
}

/** Stored readings in [from, to] the simulator never published: invented or misdated. */
export async function inventedReadings(
  sim: Simulator,
  history: HistoryStore,
  patientId: string,
  from: number,
  to: number,
): Promise<string[]> {
  const published = new Set(
    sim.control
      .publishedReadings(patientId, Math.floor(from), Math.ceil(to), 'all')
      .map((p) => p.time),
  );
  const stored = await history.range(patientId, from, to + 1);
  return stored.filter((r) => !published.has(r.time)).map((r) => iso(r.time));
}

/** Readings closer than the history's duplicate window (30 s) to the one before. */
export function duplicates(readings: readonly Reading[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < readings.length; i += 1) {
    if (readings[i]!.time - readings[i - 1]!.time <= 30_000) out.push(iso(readings[i]!.time));
  }
  return out;
}

/** The wearer's UTC offset the simulator put on the wire for a reading, in minutes. */
export function wireOffset(view: PublishedReadingView): number {
  const local = parseLluTimestamp(view.timestamp);
  const utc = parseLluTimestamp(view.factoryTimestamp);
  if (local === null || utc === null) throw new Error(`bad timestamps on ${iso(view.time)}`);
  return Math.round((local - utc) / MINUTE);
}

/** Requests in the simulator's log (the last 1000) within [from, to). */
export function requestsBetween(sim: Simulator, from: number, to: number): RequestLogEntry[] {
  return sim.control.requests().filter((e) => e.at >= from && e.at < to);
}

/** Most requests within any 60 s of `entries` (oldest first). */
export function busiestMinute(entries: readonly RequestLogEntry[]): number {
  let most = 0;
  let first = 0;
  for (let i = 0; i < entries.length; i += 1) {
    while (entries[first]!.at <= entries[i]!.at - MINUTE) first += 1;
    most = Math.max(most, i - first + 1);
  }
  return most;
}

export const isData = (e: RequestLogEntry) =>
  e.endpoint === 'connections' || e.endpoint === 'graph' || e.endpoint === 'logbook';

/**
 * The readings one wearer's sensor produces and when the server shows them: a live value every
 * minute, 5-minute graph points with the newest 15–20 minutes withheld, upload stalls (the live
 * value freezes, the graph fills in afterwards) and forced values for tests.
 */
import { createGlucoseModel } from '../glucose/model';
import { hash32 } from '../random';
import type { ZoneClock } from '../time-format';
import type { PatientProfile } from './profile';
import type { SensorTimeline } from './sensor';

const MINUTE_MS = 60_000;
export const GRAPH_SPAN_MS = 12 * 60 * MINUTE_MS;
/** The server holds back graph points younger than this (15–20 min with the 5-minute grid). */
export const GRAPH_WITHHOLD_MS = 15 * MINUTE_MS;
const LIVE_HORIZON_MS = 90 * 24 * 60 * MINUTE_MS;
const TREND_WINDOW_MINUTES = 10;

export type TrendArrow = 0 | 1 | 2 | 3 | 4 | 5;

export interface SimReading {
  /** Epoch minute the reading belongs to. */
  minute: number;
  /** Sensor time (`FactoryTimestamp`), epoch ms. */
  time: number;
  mgdl: number;
  isLow: boolean;
  isHigh: boolean;
  trendArrow: TrendArrow;
}

export interface PublishedReading extends SimReading {
  /** It was (or is) the live `glucoseMeasurement` at some moment. */
  live: boolean;
  /** It was (or is) a point of `graphData`. */
  graph: boolean;
}

interface Window {
  from: number;
  to: number;
}

export interface PatientTimeline {
  readonly profile: PatientProfile;
  readonly zone: ZoneClock;
  readonly sensor: SensorTimeline;
  readingAt(minute: number): SimReading | null;
  /** Just the integer mg/dL of readingAt (cheaper: no trend), or null without a reading. */
  mgdlAt(minute: number): number | null;
  /** Local day index (days since 1970-01-01 on the wearer's wall clock) of an epoch minute. */
  localDayOf(minute: number): number;
  /** Epoch minute of the wearer's local midnight that starts local day `day`. */
  midnightOf(day: number): number;
  latestLive(nowMs: number): SimReading | null;
  graph(nowMs: number): SimReading[];
  published(fromMs: number, toMs: number, nowMs: number): PublishedReading[];
  addStall(fromMs: number, minutes: number): void;
  overrideGlucose(fromMs: number, toMs: number, mgdl: number): void;
}

/** LibreLinkUp arrows by mg/dL per minute: ±1 and ±2 separate the five directions. */
export function trendArrowFor(slopePerMinute: number): TrendArrow {
  if (slopePerMinute <= -2) return 1;
  if (slopePerMinute <= -1) return 2;
  if (slopePerMinute < 1) return 3;
  if (slopePerMinute < 2) return 4;
  return 5;
}

export function createPatientTimeline(
  profile: PatientProfile,
  zone: ZoneClock,
  sensor: SensorTimeline,
): PatientTimeline {
  const model = createGlucoseModel(profile.physiology, zone);
  const stalls: Window[] = [];
  const overrides: Array<Window & { mgdl: number }> = [];
  const seed = profile.physiology.seed;

  const readingTime = (minute: number): number => {
    const jitter = (hash32(seed, 'jitter', minute) % 3) - 1;
    return minute * MINUTE_MS + (profile.secondOffset + jitter) * 1000;
  };
  const minuteAtOrBefore = (ms: number): number => {
    const minute = Math.floor(ms / MINUTE_MS);
    return readingTime(minute) <= ms ? minute : minute - 1;
  };
  const valueAt = (minute: number): number => {
    const time = readingTime(minute);
    for (let i = overrides.length - 1; i >= 0; i -= 1) {
      const o = overrides[i];
      if (o && time >= o.from && time < o.to) return o.mgdl;
    }
    return model.rawAt(minute);
  };

  const mgdlAt = (minute: number): number | null =>
    sensor.producing(readingTime(minute))
      ? Math.min(500, Math.max(40, Math.round(valueAt(minute))))
      : null;

  const readingAt = (minute: number): SimReading | null => {
    const time = readingTime(minute);
    if (!sensor.producing(time)) return null;
    const raw = valueAt(minute);
    const rounded = Math.round(raw);
    const mgdl = Math.min(500, Math.max(40, rounded));
    const before = minute - TREND_WINDOW_MINUTES;
    // A fresh sensor has no history to judge a direction from: "not determined".
    const trendArrow = sensor.producing(readingTime(before))
      ? trendArrowFor((raw - valueAt(before)) / TREND_WINDOW_MINUTES)
      : 0;
    return { minute, time, mgdl, isLow: rounded <= 40, isHigh: rounded >= 500, trendArrow };
  };

  /** The phone has not uploaded readings taken since an ongoing stall began. */
  const unknownToServer = (time: number, nowMs: number): boolean =>
    stalls.some((s) => s.from <= nowMs && nowMs < s.to && time >= s.from);

  const latestLive = (nowMs: number): SimReading | null => {
    let cursor = nowMs;
    for (const stall of stalls) {
      if (stall.from <= nowMs && nowMs < stall.to) cursor = Math.min(cursor, stall.from - 1);
    }
    for (let guard = 0; guard < 1000; guard += 1) {
      const producing = sensor.lastProducingAtOrBefore(cursor, LIVE_HORIZON_MS);
      if (producing === null) return null;
      const minute = minuteAtOrBefore(producing);
      const reading = readingAt(minute);
      if (reading) return reading;
      // The producing window began after this minute's stamp: look before the window.
      cursor = readingTime(minute);
    }
    return null;
  };

  const onGrid = (minute: number): boolean => (((minute - profile.gridPhase) % 5) + 5) % 5 === 0;

  const graph = (nowMs: number): SimReading[] => {
    const points: SimReading[] = [];
    const first = minuteAtOrBefore(nowMs - GRAPH_SPAN_MS) + 1;
    const last = minuteAtOrBefore(nowMs - GRAPH_WITHHOLD_MS);
    for (let minute = first; minute <= last; minute += 1) {
      if (!onGrid(minute) || unknownToServer(readingTime(minute), nowMs)) continue;
      const reading = readingAt(minute);
      if (reading) points.push(reading);
    }
    return points;
  };

  const wasLive = (reading: SimReading, nowMs: number): boolean => {
    for (const stall of stalls) {
      if (stall.from > nowMs || reading.time < stall.from || reading.time >= stall.to) continue;
      // Frozen during the stall; only the reading current when it ended became live.
      return stall.to <= nowMs && latestLive(stall.to)?.minute === reading.minute;
    }
    return true;
  };

  const published = (fromMs: number, toMs: number, nowMs: number): PublishedReading[] => {
    const out: PublishedReading[] = [];
    const end = Math.min(toMs, nowMs);
    for (let minute = minuteAtOrBefore(fromMs); minute <= minuteAtOrBefore(end); minute += 1) {
      const time = readingTime(minute);
      if (time < fromMs || time > end) continue;
      const reading = readingAt(minute);
      if (!reading) continue;
      const live = wasLive(reading, nowMs);
      const graphPoint =
        onGrid(minute) && time <= nowMs - GRAPH_WITHHOLD_MS && !unknownToServer(time, nowMs);
      if (live || graphPoint) out.push({ ...reading, live, graph: graphPoint });
    }
    return out;
  };

  return {
    profile,
    zone,
    sensor,
    readingAt,
    mgdlAt,
    localDayOf: model.localDayOf,
    midnightOf: model.midnightOf,
    latestLive,
    graph,
    published,
    addStall: (fromMs, minutes) => {
      stalls.push({ from: fromMs, to: fromMs + minutes * MINUTE_MS });
    },
    overrideGlucose: (fromMs, toMs, mgdl) => {
      overrides.push({ from: fromMs, to: toMs, mgdl });
    },
  };
}

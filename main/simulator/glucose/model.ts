/**
 * The glucose curve of one wearer as a pure function of the minute: baseline plus smooth noise
 * plus the events of the local days around that minute. No state is needed to compute any
 * minute, so the server can answer for "now", 12 h back or 14 days back alike.
 */
import { unit } from '../random';
import type { ZoneClock } from '../time-format';
import { eventShape, planDay, type GlucoseEvent, type Physiology } from './day-plan';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
const PLAN_CACHE_LIMIT = 400;

export interface GlucoseModel {
  /** Unrounded, unclamped mg/dL at absolute minute `minute` (epoch minutes, UTC). */
  rawAt(minute: number): number;
  /** Absolute minute of local midnight starting local day `day`. */
  midnightOf(day: number): number;
  /** Local day index (days since 1970-01-01 in the wearer's zone) of absolute minute `minute`. */
  localDayOf(minute: number): number;
}

/** Value noise: seeded knots every `period` minutes, joined with smoothstep so it has no kinks. */
function smoothNoise(seed: number, label: string, minute: number, period: number): number {
  const x = minute / period;
  const knot = Math.floor(x);
  const t = x - knot;
  const eased = t * t * (3 - 2 * t);
  const a = unit(seed, label, knot) * 2 - 1;
  const b = unit(seed, label, knot + 1) * 2 - 1;
  return a + (b - a) * eased;
}

/**
 * Below 60 mg/dL the body fights back (glucagon, adrenaline) and the wearer eats, so
 * overlapping dips flatten out instead of adding up: a smooth floor approaching 36 mg/dL.
 */
function counterRegulate(value: number): number {
  if (value >= 60) return value;
  return 60 - 24 * (1 - Math.exp(-(60 - value) / 24));
}

export function createGlucoseModel(physiology: Physiology, zone: ZoneClock): GlucoseModel {
  // Memo of day plans only: the result never depends on what was asked before.
  const plans = new Map<number, GlucoseEvent[]>();

  const midnightOf = (day: number): number => {
    // The offset at the day's noon, so the anchor is right on daylight-saving change days
    // (transitions happen at night, meals and exercise happen after them).
    const noonMs = (day * DAY_MINUTES + 12 * 60) * MINUTE_MS;
    return day * DAY_MINUTES - zone.offsetMinutes(noonMs);
  };

  const localDayOf = (minute: number): number =>
    Math.floor((minute + zone.offsetMinutes(minute * MINUTE_MS)) / DAY_MINUTES);

  const plan = (day: number): GlucoseEvent[] => {
    const known = plans.get(day);
    if (known) return known;
    if (plans.size >= PLAN_CACHE_LIMIT) plans.clear();
    const events = planDay(physiology, day, midnightOf(day));
    plans.set(day, events);
    return events;
  };

  const rawAt = (minute: number): number => {
    const { seed } = physiology;
    let value =
      physiology.baseline +
      18 * smoothNoise(seed, 'drift', minute, 360) +
      7 * smoothNoise(seed, 'wobble', minute, 55) +
      2.5 * smoothNoise(seed, 'jitter', minute, 13);
    const today = localDayOf(minute);
    // Every event fades within a day, so yesterday and today cover all that can still act.
    for (const day of [today - 1, today]) {
      for (const event of plan(day)) {
        value += event.amplitude * eventShape(minute - event.start, event.peak);
      }
    }
    return counterRegulate(value);
  };

  return { rawAt, midnightOf, localDayOf };
}

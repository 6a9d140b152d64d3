import { describe, expect, it } from 'vitest';
import { createPatientProfile, type PatientSpec } from '../../../main/simulator/patients/profile';
import {
  createSensorTimeline,
  SENSOR_LIFE_MS,
  WARMUP_MINUTES,
} from '../../../main/simulator/patients/sensor';
import { createPatientTimeline, trendArrowFor } from '../../../main/simulator/patients/timeline';
import { createZoneClock } from '../../../main/simulator/time-format';
import { START } from './sim-test-kit';

const MINUTE = 60_000;

/** A wearer whose current sensor started `ageMs` before START. */
function wearer(ageMs = 5 * 24 * 60 * MINUTE, spec: PatientSpec = {}) {
  const profile = createPatientProfile(99, 'timeline-test', { timeZone: 'Europe/Berlin', ...spec });
  const sensor = createSensorTimeline({
    seed: profile.physiology.seed,
    serialPrefix: '0E',
    productType: 4,
    gapMinutes: profile.sensorGapMinutes,
    anchor: START - ageMs,
    startsWithoutSensor: spec.sensor === 'none',
  });
  return createPatientTimeline(profile, createZoneClock(profile.timeZone), sensor);
}

describe('live value', () => {
  it('advances every minute with stamps at a stable second plus small jitter', () => {
    const patient = wearer();
    const seen: number[] = [];
    for (let t = START; t < START + 60 * MINUTE; t += 15_000) {
      const live = patient.latestLive(t);
      if (live && live.time !== seen.at(-1)) seen.push(live.time);
      expect(live && live.time <= t).toBe(true);
    }
    expect(seen.length).toBeGreaterThanOrEqual(60);
    for (let i = 1; i < seen.length; i += 1) {
      const gap = (seen[i] as number) - (seen[i - 1] as number);
      expect(gap).toBeGreaterThanOrEqual(58_000);
      expect(gap).toBeLessThanOrEqual(62_000);
    }
    const seconds = new Set(seen.map((time) => new Date(time).getUTCSeconds()));
    expect(seconds.size).toBeLessThanOrEqual(3);
  });

  it('maps the slope to the five arrows at ±1 and ±2 mg/dL per minute', () => {
    expect([-3, -2, -1.5, -1, -0.5, 0, 0.99, 1, 1.99, 2, 4].map(trendArrowFor)).toEqual([
      1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('has integer mg/dL within the sensor range and a trend arrow from the slope', () => {
    const patient = wearer();
    const checked = { fast: 0, flat: 0 };
    for (let minute = START / MINUTE; minute < START / MINUTE + 3 * 24 * 60; minute += 1) {
      const reading = patient.readingAt(minute);
      if (!reading) throw new Error('expected a reading');
      expect(Number.isInteger(reading.mgdl)).toBe(true);
      expect(reading.mgdl).toBeGreaterThanOrEqual(40);
      expect(reading.mgdl).toBeLessThanOrEqual(500);
      const before = patient.readingAt(minute - 10);
      const slope = (reading.mgdl - (before?.mgdl ?? reading.mgdl)) / 10;
      // Arrows agree with the slope of the rounded values except right at a threshold.
      if (Math.abs(slope) > 2.2) {
        checked.fast += 1;
        expect(reading.trendArrow).toBe(slope > 0 ? 5 : 1);
      }
      if (Math.abs(slope) < 0.8) {
        checked.flat += 1;
        expect(reading.trendArrow).toBe(3);
      }
    }
    expect(checked.fast).toBeGreaterThan(0);
    expect(checked.flat).toBeGreaterThan(1000);
  });

  it('reads LO and HI at the sensor limits when forced there', () => {
    const patient = wearer();
    patient.overrideGlucose(START, START + 10 * MINUTE, 25);
    patient.overrideGlucose(START + 10 * MINUTE, START + 20 * MINUTE, 650);
    const low = patient.latestLive(START + 5 * MINUTE);
    const high = patient.latestLive(START + 15 * MINUTE);
    expect(low).toMatchObject({ mgdl: 40, isLow: true, isHigh: false });
    expect(high).toMatchObject({ mgdl: 500, isLow: false, isHigh: true });
  });
});

describe('graph', () => {
  it('is 12 h of 5-minute points, oldest first, without the newest 15–20 minutes', () => {
    const patient = wearer();
    for (let t = START; t < START + 10 * MINUTE; t += 61_000) {
      const graph = patient.graph(t);
      expect(graph.length).toBeGreaterThanOrEqual(140);
      expect(graph.length).toBeLessThanOrEqual(144);
      for (let i = 1; i < graph.length; i += 1) {
        const step = (graph[i] as { time: number }).time - (graph[i - 1] as { time: number }).time;
        expect(step).toBeGreaterThanOrEqual(5 * MINUTE - 2000);
        expect(step).toBeLessThanOrEqual(5 * MINUTE + 2000);
      }
      const newest = graph.at(-1)?.time ?? 0;
      expect(t - newest).toBeGreaterThanOrEqual(15 * MINUTE);
      expect(t - newest).toBeLessThanOrEqual(20 * MINUTE);
      expect(t - (graph[0]?.time ?? 0)).toBeLessThanOrEqual(12 * 60 * MINUTE);
    }
  });

  it('holds the same readings the live value showed', () => {
    const patient = wearer();
    const now = START + 3 * 60 * MINUTE;
    const liveByTime = new Map<number, number>();
    for (let t = now - 12 * 60 * MINUTE; t <= now; t += MINUTE) {
      const live = patient.latestLive(t);
      if (live) liveByTime.set(live.time, live.mgdl);
    }
    for (const point of patient.graph(now)) expect(liveByTime.get(point.time)).toBe(point.mgdl);
  });
});

describe('sensor lifecycle', () => {
  it('shows no readings during the 60-minute warm-up and keeps the old value meanwhile', () => {
    const patient = wearer();
    const start = START + 30 * MINUTE;
    patient.sensor.apply({ action: 'start' }, start);
    const before = patient.latestLive(start);
    expect(patient.latestLive(start + 30 * MINUTE)?.time).toBe(before?.time);
    expect(patient.sensor.sensorAt(start + 30 * MINUTE)).toMatchObject({
      activatedAt: start,
      warmupMinutes: WARMUP_MINUTES,
    });
    const after = patient.latestLive(start + (WARMUP_MINUTES + 2) * MINUTE);
    expect(after?.time).toBeGreaterThanOrEqual(start + WARMUP_MINUTES * MINUTE);
    // No trend can be judged right after warm-up.
    expect(after?.trendArrow).toBe(0);
  });

  it('stops after 14 days, keeps the old sensor shown, then a new sensor warms up', () => {
    const age = 13 * 24 * 60 * MINUTE;
    const patient = wearer(age);
    const activation = START - age;
    const end = activation + SENSOR_LIFE_MS;
    const gap = patient.profile.sensorGapMinutes * MINUTE;
    expect(patient.sensor.producing(end - MINUTE)).toBe(true);
    expect(patient.sensor.producing(end + MINUTE)).toBe(false);
    expect(patient.sensor.sensorAt(end + MINUTE)?.activatedAt).toBe(activation);
    expect(patient.latestLive(end + gap / 2)?.time).toBeLessThan(end);
    expect(patient.sensor.sensorAt(end + gap + MINUTE)?.activatedAt).toBe(end + gap);
    expect(patient.sensor.producing(end + gap + 30 * MINUTE)).toBe(false);
    expect(patient.sensor.producing(end + gap + 61 * MINUTE)).toBe(true);
    expect(patient.sensor.sensorAt(end + gap + MINUTE)?.serial).not.toBe(
      patient.sensor.sensorAt(end - MINUTE)?.serial,
    );
  });

  it('can expire or remove a sensor, and never-uploaded wearers have no value', () => {
    const patient = wearer();
    patient.sensor.apply({ action: 'expire' }, START);
    expect(patient.sensor.sensorAt(START + 5 * MINUTE)).not.toBeNull();
    expect(patient.latestLive(START + 5 * MINUTE)?.time).toBeLessThan(START);
    patient.sensor.apply({ action: 'remove' }, START + 10 * MINUTE);
    expect(patient.sensor.sensorAt(START + 11 * MINUTE)).toBeNull();
    patient.sensor.apply({ action: 'auto' }, START + 20 * MINUTE);
    expect(patient.sensor.producing(START + 21 * MINUTE)).toBe(true);
    const never = wearer(undefined, { sensor: 'none' });
    expect(never.latestLive(START)).toBeNull();
    expect(never.graph(START)).toEqual([]);
  });
});

describe('upload stalls', () => {
  it('freezes the live value, hides graph points, then backfills the graph', () => {
    const patient = wearer();
    const from = START + 60 * MINUTE;
    patient.addStall(from, 20);
    const frozen = patient.latestLive(from - 1);
    for (let t = from; t < from + 20 * MINUTE; t += MINUTE) {
      expect(patient.latestLive(t)?.time).toBe(frozen?.time);
    }
    const during = patient.graph(from + 19 * MINUTE).at(-1)?.time ?? 0;
    expect(during).toBeLessThan(from);
    expect(patient.latestLive(from + 21 * MINUTE)?.time).toBeGreaterThan(from + 19 * MINUTE);
    const later = patient.graph(from + 45 * MINUTE);
    const backfilled = later.filter((p) => p.time >= from && p.time < from + 20 * MINUTE);
    expect(backfilled.length).toBe(4);
  });

  it('publishes exactly the readings that were live, plus graph-only ones on request', () => {
    const patient = wearer();
    const from = START + 60 * MINUTE;
    patient.addStall(from, 20);
    const now = START + 3 * 60 * MINUTE;
    const published = patient.published(START, now, now);
    const live = published.filter((r) => r.live);
    const liveTimes = new Set<number>();
    for (let t = START; t <= now; t += 5_000) {
      const reading = patient.latestLive(t);
      if (reading && reading.time >= START) liveTimes.add(reading.time);
    }
    expect(live.map((r) => r.time).sort()).toEqual([...liveTimes].sort());
    const inStall = (r: { time: number }) => r.time >= from && r.time < from + 20 * MINUTE;
    const graphOnly = published.filter((r) => !r.live);
    expect(graphOnly.every((r) => r.graph && inStall(r))).toBe(true);
    // Only the reading current when the stall ended ever became live.
    expect(published.filter((r) => r.live && inStall(r))).toHaveLength(1);
    expect(published.filter((r) => r.graph && inStall(r))).toHaveLength(4);
  });
});

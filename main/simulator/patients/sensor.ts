/**
 * Sensor lifecycle of one wearer: 14-day sensors on a schedule (60-minute warm-up, a gap after
 * expiry until the next one is applied), plus control actions that start, expire or remove a
 * sensor from a given moment. A reading exists only while a sensor is producing.
 */
import { alphanumeric } from '../random';

const MINUTE_MS = 60_000;
export const SENSOR_LIFE_MS = 14 * 24 * 60 * MINUTE_MS;
export const WARMUP_MINUTES = 60;
const WARMUP_MS = WARMUP_MINUTES * MINUTE_MS;

export interface SensorView {
  serial: string;
  /** Activation, epoch ms (`sensor.a` is this in seconds). */
  activatedAt: number;
  /** `sensor.w`; null when LibreLinkUp leaves it out. */
  warmupMinutes: number | null;
  productType: number;
  /** Until when LibreLinkUp shows no sensor at all (warm-up with `sensor: null`), epoch ms. */
  hiddenUntil: number | null;
}

/**
 * How a started sensor looks on the wire, as users report around a sensor change (llu-protocol
 * §9): Libre 3 serials with an extra trailing digit; a warm-up whose length is not stated
 * (`w` missing) or during which LibreLinkUp shows no sensor at all (`sensor: null`).
 */
export interface SensorStyle {
  extraSerialDigit?: boolean;
  warmup?: 'stated' | 'unstated' | 'hidden';
}

type Segment =
  | { from: number; mode: 'schedule'; anchor: number; style: SensorStyle }
  | { from: number; mode: 'frozen'; sensor: SensorView | null };

/** start: a new sensor at `atMs` (warm-up first); expire: current sensor ends, stays shown;
 *  remove: no sensor at all (`sensor: null`); auto: back to the original schedule. */
export type SensorAction =
  | ({ action: 'start'; atMs?: number } & SensorStyle)
  | { action: 'expire'; atMs?: number }
  | { action: 'remove'; atMs?: number }
  | { action: 'auto'; atMs?: number };

export interface SensorTimeline {
  sensorAt(ms: number): SensorView | null;
  producing(ms: number): boolean;
  /** The latest instant ≤ `ms` at which a sensor was producing, or null within `horizonMs`. */
  lastProducingAtOrBefore(ms: number, horizonMs: number): number | null;
  apply(action: SensorAction, nowMs: number): void;
}

export interface SensorSetup {
  seed: number;
  serialPrefix: string;
  productType: number;
  gapMinutes: number;
  /** Activation of the sensor running at the default schedule's reference point. */
  anchor: number;
  startsWithoutSensor: boolean;
}

export function createSensorTimeline(setup: SensorSetup): SensorTimeline {
  const period = SENSOR_LIFE_MS + setup.gapMinutes * MINUTE_MS;
  const segments: Segment[] = [
    setup.startsWithoutSensor
      ? { from: -Infinity, mode: 'frozen', sensor: null }
      : { from: -Infinity, mode: 'schedule', anchor: setup.anchor, style: {} },
  ];

  const view = (activatedAt: number, style: SensorStyle): SensorView => ({
    serial:
      setup.serialPrefix +
      alphanumeric(8, setup.seed, 'sensor', activatedAt) +
      (style.extraSerialDigit ? '0' : ''),
    activatedAt,
    warmupMinutes: style.warmup === 'unstated' ? null : WARMUP_MINUTES,
    productType: setup.productType,
    hiddenUntil: style.warmup === 'hidden' ? activatedAt + WARMUP_MS : null,
  });

  const segmentAt = (ms: number): Segment => {
    for (let i = segments.length - 1; i >= 0; i -= 1) {
      const segment = segments[i];
      if (segment && segment.from <= ms) return segment;
    }
    return segments[0] as Segment;
  };

  /** Activation of the scheduled sensor whose period contains `ms`. */
  const activationAt = (anchor: number, ms: number): number =>
    anchor + Math.floor((ms - anchor) / period) * period;

  const sensorAt = (ms: number): SensorView | null => {
    const segment = segmentAt(ms);
    if (segment.mode === 'frozen') return segment.sensor;
    return view(activationAt(segment.anchor, ms), segment.style);
  };

  const lastProducingAtOrBefore = (ms: number, horizonMs: number): number | null => {
    let cursor = ms;
    // Each step jumps to the end of an earlier producing window or segment, so few are needed.
    for (let guard = 0; guard < 10_000 && cursor >= ms - horizonMs; guard += 1) {
      const segment = segmentAt(cursor);
      if (segment.mode === 'frozen') {
        if (!Number.isFinite(segment.from)) return null;
        cursor = segment.from - 1;
        continue;
      }
      const activated = activationAt(segment.anchor, cursor);
      if (cursor >= activated + SENSOR_LIFE_MS) cursor = activated + SENSOR_LIFE_MS - 1;
      else if (cursor < activated + WARMUP_MS) cursor = activated - period + SENSOR_LIFE_MS - 1;
      else return cursor;
      if (cursor < segment.from) cursor = segment.from - 1;
    }
    return null;
  };

  const apply = (action: SensorAction, nowMs: number): void => {
    const at = action.atMs ?? nowMs;
    const current = sensorAt(at);
    // A later action replaces whatever was planned from its moment on.
    while (segments.length > 1 && (segments[segments.length - 1] as Segment).from >= at) {
      segments.pop();
    }
    if (action.action === 'start') {
      const { extraSerialDigit, warmup } = action;
      const style = {
        ...(extraSerialDigit !== undefined ? { extraSerialDigit } : {}),
        ...(warmup !== undefined ? { warmup } : {}),
      };
      segments.push({ from: at, mode: 'schedule', anchor: at, style });
    }
    if (action.action === 'expire') segments.push({ from: at, mode: 'frozen', sensor: current });
    if (action.action === 'remove') segments.push({ from: at, mode: 'frozen', sensor: null });
    if (action.action === 'auto') {
      segments.push(
        setup.startsWithoutSensor
          ? { from: at, mode: 'frozen', sensor: null }
          : { from: at, mode: 'schedule', anchor: setup.anchor, style: {} },
      );
    }
  };

  return {
    sensorAt,
    producing: (ms) => lastProducingAtOrBefore(ms, 0) === ms,
    lastProducingAtOrBefore,
    apply,
  };
}

/** The sensor as LibreLinkUp reports it at `ms`: none while a hidden warm-up lasts. */
export function reportedSensor(sensor: SensorView | null, ms: number): SensorView | null {
  return sensor !== null && sensor.hiddenUntil !== null && ms < sensor.hiddenUntil ? null : sensor;
}

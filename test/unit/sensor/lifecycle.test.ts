// Sensor lifecycle: warm-up (stated or not), days left with a 14- or 15-day lifetime, ended,
// a change of sensor, and the serial as printed on the sensor.
import { describe, expect, it } from 'vitest';
import type { SensorInfo } from '../../../main/core/llu/types';
import { sensorChanged, sensorLifecycle } from '../../../main/core/sensor/lifecycle';
import { sensorJson } from '../../../main/core/sensor/sensor-json';
import { displaySerial } from '../../../main/core/sensor/serial';
import { buildSensorView } from '../../../main/core/snapshot/sensor-view';

const MIN = 60_000;
const DAY = 86_400_000;
const A = Date.UTC(2026, 11, 1, 10, 0, 0);
const libre3: SensorInfo = {
  serial: '0H123456780',
  activatedAt: A,
  warmupMinutes: 60,
  productType: 4,
};

describe('sensor lifecycle', () => {
  it('counts down the stated warm-up, then days left, then ended', () => {
    expect(sensorLifecycle(libre3, A + 20 * MIN)).toMatchObject({
      state: 'warmingUp',
      warmupEndsAt: A + 60 * MIN,
      endsAt: A + 14 * DAY,
    });
    expect(sensorLifecycle(libre3, A + 61 * MIN)).toMatchObject({ state: 'active', daysLeft: 14 });
    expect(sensorLifecycle(libre3, A + 13.5 * DAY)).toMatchObject({ state: 'active', daysLeft: 1 });
    expect(sensorLifecycle(libre3, A + 14 * DAY)).toMatchObject({ state: 'ended', daysLeft: 0 });
  });

  it('a 15-day lifetime is the person’s setting, not a guess from the serial', () => {
    expect(sensorLifecycle(libre3, A + 14 * DAY, { lifetimeDays: 15 })).toMatchObject({
      state: 'active',
      endsAt: A + 15 * DAY,
      daysLeft: 1,
    });
    const other = { ...libre3, serial: 'MH00000000' };
    expect(sensorLifecycle(other, A + 14 * DAY)).toEqual(sensorLifecycle(libre3, A + 14 * DAY));
  });

  it('without a stated warm-up: warming up (no end time) until the first reading', () => {
    const unstated = { ...libre3, warmupMinutes: null };
    expect(sensorLifecycle(unstated, A + 30 * MIN)).toMatchObject({
      state: 'warmingUp',
      warmupEndsAt: null,
    });
    expect(
      sensorLifecycle(unstated, A + 30 * MIN, { newestReadingAt: A + 29 * MIN }),
    ).toMatchObject({ state: 'active' });
    expect(sensorLifecycle(unstated, A + 3 * 60 * MIN).state).toBe('active');
  });

  it('unknown without an activation time', () => {
    expect(sensorLifecycle({ ...libre3, activatedAt: 0 }, A).state).toBe('unknown');
    expect(sensorLifecycle(null, A).state).toBe('unknown');
  });

  it('a change of serial or activation time is a new sensor', () => {
    expect(sensorChanged(libre3, { ...libre3 })).toBe(false);
    expect(sensorChanged(libre3, { ...libre3, serial: '0H999999990' })).toBe(true);
    expect(sensorChanged(libre3, { ...libre3, activatedAt: A + DAY })).toBe(true);
  });

  it('trims the extra trailing digit some Libre 3 serials carry, by shape only', () => {
    expect(displaySerial('0H123456780')).toBe('0H12345678');
    expect(displaySerial('0E12345678')).toBe('0E12345678');
    expect(displaySerial('MH1234567X')).toBe('MH1234567X');
    expect(buildSensorView(libre3, A)?.serial).toBe('0H12345678');
  });

  it('the CLI field: ISO-8601 UTC times, null where unknown', () => {
    expect(sensorJson(buildSensorView(libre3, A + 20 * MIN))).toEqual({
      state: 'warmingUp',
      activatedAt: '2026-12-01T10:00:00.000Z',
      endsAt: '2026-12-15T10:00:00.000Z',
      warmupEndsAt: '2026-12-01T11:00:00.000Z',
    });
    expect(sensorJson(null)).toEqual({
      state: 'unknown',
      activatedAt: null,
      endsAt: null,
      warmupEndsAt: null,
    });
  });
});

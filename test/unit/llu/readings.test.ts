import { describe, expect, it } from 'vitest';
import { toPatient } from '../../../main/core/llu/patients';
import { toGraphReadings, toReading, trendFromArrow } from '../../../main/core/llu/readings';
import { connectionSchema, glucoseItemSchema, parseAnswer } from '../../../main/core/llu/schemas';
import { connection, glucoseItem, graphItem } from './fixtures';

const item = (overrides: Record<string, unknown> = {}) =>
  parseAnswer(glucoseItemSchema, glucoseItem(overrides));

describe('toReading', () => {
  it('takes time from FactoryTimestamp (UTC) and the offset from Timestamp', () => {
    const reading = toReading(item(), 'live');
    expect(reading).toEqual({
      time: Date.UTC(2025, 9, 9, 6, 58, 10),
      mgdl: 131,
      trend: 'flat',
      sensorLimit: null,
      localOffsetMinutes: 120,
      source: 'live',
    });
  });

  it('maps TrendArrow 1..5 and treats 0, missing and odd values as unknown, never flat', () => {
    expect([1, 2, 3, 4, 5].map(trendFromArrow)).toEqual([
      'fallingQuickly',
      'falling',
      'flat',
      'rising',
      'risingQuickly',
    ]);
    for (const odd of [0, 6, -1, 3.5, '3', null, undefined]) {
      expect(trendFromArrow(odd), String(odd)).toBe('unknown');
    }
    const { TrendArrow: _omit, ...noArrow } = glucoseItem();
    expect(toReading(parseAnswer(glucoseItemSchema, noArrow), 'graph').trend).toBe('unknown');
  });

  it('rounds mg/dL and marks the sensor limits', () => {
    expect(toReading(item({ ValueInMgPerDl: 131.6 }), 'live').mgdl).toBe(132);
    expect(toReading(item({ ValueInMgPerDl: 500, isHigh: true }), 'live').sensorLimit).toBe('HI');
    expect(toReading(item({ ValueInMgPerDl: 40, isLow: true }), 'live').sensorLimit).toBe('LO');
  });

  it('gives a HI or LO the edge of the measuring range when the number riding along is absurd', () => {
    const hi = toReading(item({ ValueInMgPerDl: 65_535, isHigh: true }), 'live');
    expect(hi).toMatchObject({ mgdl: 500, sensorLimit: 'HI' });
    const lo = toReading(item({ ValueInMgPerDl: 0, isLow: true }), 'live');
    expect(lo).toMatchObject({ mgdl: 40, sensorLimit: 'LO' });
    // A number the sensor could have measured stays (a US Libre 3 says HI above 400).
    expect(toReading(item({ ValueInMgPerDl: 401, isHigh: true }), 'live').mgdl).toBe(401);
    // Without a flag an absurd number stays absurd: the trust gate refuses it as a value.
    expect(toReading(item({ ValueInMgPerDl: 65_535 }), 'live').mgdl).toBe(65_535);
  });

  it('keeps the reading when Timestamp is missing or broken, with an unknown offset', () => {
    expect(toReading(item({ Timestamp: undefined }), 'live').localOffsetMinutes).toBeNull();
    expect(toReading(item({ Timestamp: 'yesterday' }), 'live').localOffsetMinutes).toBeNull();
  });

  it('rejects an item without a readable FactoryTimestamp or value, naming the field', () => {
    expect(() => item({ FactoryTimestamp: '2025-10-09' })).toThrow(
      expect.objectContaining({ code: 'bad_response', details: { field: 'FactoryTimestamp' } }),
    );
    expect(() => item({ ValueInMgPerDl: '131' })).toThrow(
      expect.objectContaining({ details: { field: 'ValueInMgPerDl' } }),
    );
  });

  it('sorts graph points oldest first', () => {
    const points = [
      graphItem('10/8/2025 7:50:10 PM', '10/8/2025 9:50:10 PM', 188),
      graphItem('10/8/2025 7:45:11 PM', '10/8/2025 9:45:11 PM', 142),
    ].map((p) => parseAnswer(glucoseItemSchema, p));
    const readings = toGraphReadings(points);
    expect(readings.map((r) => r.mgdl)).toEqual([142, 188]);
    expect(readings.every((r) => r.source === 'graph' && r.trend === 'unknown')).toBe(true);
  });
});

describe('toPatient', () => {
  const patient = (overrides: Record<string, unknown> = {}) =>
    toPatient(parseAnswer(connectionSchema, connection(overrides)));

  it('maps a full connection', () => {
    const p = patient();
    expect(p).toMatchObject({
      id: '2b2b2b2b-1111-4111-8111-222222222222',
      connectionId: '77777777-1111-4111-8111-111111111111',
      firstName: 'Ada',
      lastName: 'Example',
      targets: { lowMgdl: 70, highMgdl: 180 },
      units: 'mg/dL',
      sensor: {
        serial: '0E12345678',
        activatedAt: 1759900000_000,
        warmupMinutes: 60,
        productType: 4,
      },
      alarmLevels: { lowMgdl: 70, highMgdl: 250, urgentLowMgdl: 55 },
    });
    expect(p.latest).toMatchObject({ mgdl: 131, trend: 'flat', source: 'live' });
  });

  it('reads uom 0 as mmol/L while targets stay mg/dL', () => {
    const p = patient({ uom: 0 });
    expect(p.units).toBe('mmol/L');
    expect(p.targets).toEqual({ lowMgdl: 70, highMgdl: 180 });
  });

  it('accepts a null sensor, a missing measurement and missing alarm settings', () => {
    const p = patient({
      sensor: null,
      glucoseMeasurement: undefined,
      alarmRules: undefined,
      patientDevice: undefined,
    });
    expect(p.sensor).toBeNull();
    expect(p.latest).toBeNull();
    expect(p.alarmLevels).toEqual({ lowMgdl: null, highMgdl: null, urgentLowMgdl: null });
  });

  it('falls back to the device levels and honours switched-off alarms', () => {
    const p = patient({
      alarmRules: { c: true },
      patientDevice: { ll: 80, hl: 240, h: false, fixedLowAlarmValues: { mgdl: 60 } },
    });
    expect(p.alarmLevels).toEqual({ lowMgdl: 80, highMgdl: null, urgentLowMgdl: 60 });
  });

  it('names the missing field of a broken connection', () => {
    expect(() => patient({ patientId: undefined })).toThrow(
      expect.objectContaining({ code: 'bad_response', details: { field: 'patientId' } }),
    );
    expect(() => patient({ uom: 2 })).toThrow(
      expect.objectContaining({ details: { field: 'uom' } }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../main/core/history';
import { MGDL_PER_MMOL } from '../../../common/glucose/units';
import { dayFileName, dayOf } from '../../../main/core/history/days';
import { T0, reading } from './helpers';

const at = Date.UTC(2026, 10, 24, 8, 15);

describe('toCsv', () => {
  it('has the documented header and one row per reading', () => {
    const csv = toCsv(
      [
        reading(at, 131, { trend: 'rising', localOffsetMinutes: 60 }),
        reading(at + 60_000, 40, {
          trend: 'unknown',
          sensorLimit: 'LO',
          source: 'graph',
          localOffsetMinutes: null,
        }),
      ],
      {},
    );
    expect(csv.split('\r\n')).toEqual([
      'time_utc,local_time,mgdl,mmol,trend,sensor_limit,source',
      '2026-11-24T08:15:00Z,2026-11-24T09:15:00+01:00,131,7.3,rising,,live',
      '2026-11-24T08:16:00Z,,40,2.2,unknown,LO,graph',
      '',
    ]);
  });

  it('writes negative and half-hour offsets and crosses the local date line', () => {
    const csv = toCsv(
      [
        reading(Date.UTC(2026, 0, 1, 2, 0), 100, { localOffsetMinutes: -300 }),
        reading(Date.UTC(2026, 0, 1, 20, 0), 100, { localOffsetMinutes: 330 }),
        reading(Date.UTC(2026, 0, 1, 20, 0), 100, { localOffsetMinutes: -570 }),
        reading(Date.UTC(2026, 0, 1, 20, 0), 100, { localOffsetMinutes: 0 }),
      ],
      {},
    );
    expect(
      csv
        .split('\r\n')
        .slice(1, 5)
        .map((l) => l.split(',')[1]),
    ).toEqual([
      '2025-12-31T21:00:00-05:00',
      '2026-01-02T01:30:00+05:30',
      '2026-01-01T10:30:00-09:30',
      '2026-01-01T20:00:00+00:00',
    ]);
  });

  it('converts to mmol/L with one factor, rounded to one decimal', () => {
    expect(MGDL_PER_MMOL).toBe(18.0182);
    const mmol = (mgdl: number) =>
      toCsv([reading(at, mgdl)], {})
        .split('\r\n')[1]!
        .split(',')[3];
    expect([mmol(18), mmol(54), mmol(70), mmol(180), mmol(500), mmol(0)]).toEqual([
      '1.0',
      '3.0',
      '3.9',
      '10.0',
      '27.7',
      '0.0',
    ]);
  });

  it('puts the patient name in a comment line, escaped', () => {
    const first = (name: string) => toCsv([], { patientName: name }).split('\r\n')[0];
    expect(first('Anna Berg')).toBe('# patient: Anna Berg');
    expect(first('Berg, Anna')).toBe('# patient: "Berg, Anna"');
    expect(first('Anna "Nan" Berg')).toBe('# patient: "Anna ""Nan"" Berg"');
    expect(first('Anna\r\nBerg')).toBe('# patient: Anna  Berg');
    expect(first('=HYPERLINK("x")')).toBe(`# patient: "'=HYPERLINK(""x"")"`);
    expect(toCsv([], { patientName: 'x' }).split('\r\n')[1]).toMatch(/^time_utc,/);
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    const outputs = new Set<string>();
    const names = new Set<string>();
    try {
      for (const tz of [
        'UTC',
        'America/Los_Angeles',
        'Europe/Berlin',
        'Asia/Kolkata',
        'Pacific/Chatham',
      ]) {
        process.env.TZ = tz;
        outputs.add(toCsv([reading(at, 120, { localOffsetMinutes: 60 })], { patientName: 'A' }));
        names.add(dayFileName(dayOf(T0 + 23 * 3_600_000)));
      }
    } finally {
      process.env.TZ = saved;
    }
    expect(outputs.size).toBe(1);
    expect([...names]).toEqual(['2026-11-24.bin']);
  });
});

describe('toJson', () => {
  it('is patient info plus the CSV fields per reading', () => {
    const json = toJson(
      [
        reading(at, 131, { trend: 'rising' }),
        reading(at + 60_000, 501, {
          sensorLimit: 'HI',
          localOffsetMinutes: null,
          source: 'logbook',
        }),
      ],
      { patientId: 'p-1', patientName: 'Anna "Nan", Berg' },
    );
    expect(JSON.parse(json)).toEqual({
      format: 'glucobar-history',
      version: 1,
      patient: { id: 'p-1', name: 'Anna "Nan", Berg' },
      count: 2,
      readings: [
        {
          time_utc: '2026-11-24T08:15:00Z',
          local_time: '2026-11-24T09:15:00+01:00',
          mgdl: 131,
          mmol: 7.3,
          trend: 'rising',
          sensor_limit: null,
          source: 'live',
        },
        {
          time_utc: '2026-11-24T08:16:00Z',
          local_time: null,
          mgdl: 501,
          mmol: 27.8,
          trend: 'flat',
          sensor_limit: 'HI',
          source: 'logbook',
        },
      ],
    });
    expect(json.split('\n').length).toBe(2 + 4 + 2 + 2 + 1);
  });

  it('is valid with no readings and no name', () => {
    expect(JSON.parse(toJson([], { patientId: 'x' }))).toMatchObject({
      patient: { id: 'x', name: null },
      readings: [],
    });
  });
});

describe('readings across DST and offset changes', () => {
  it('keep UTC order and show each local time with its own offset', () => {
    // Europe/Berlin leaves summer time at 2026-10-25 01:00 UTC: 02:59 +02:00 is followed by 02:00 +01:00.
    const switchAt = Date.UTC(2026, 9, 25, 1, 0);
    const readings = [
      reading(switchAt - 60_000, 100, { localOffsetMinutes: 120 }),
      reading(switchAt, 101, { localOffsetMinutes: 60 }),
      reading(switchAt + 60_000, 102, { localOffsetMinutes: 60 }),
    ];
    const locals = toCsv(readings, {})
      .split('\r\n')
      .slice(1, 4)
      .map((l) => l.split(',')[1]);
    expect(locals).toEqual([
      '2026-10-25T02:59:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T02:01:00+01:00',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { initialAlarmState, snoozeAlarm } from '../../../main/core/alarms';
import { MINUTE, T0 } from '../glucose/make-reading';
import { activeKinds, createDriver, kinds } from './driver';

const QUIET_NIGHT = { enabled: true, start: '22:00', end: '07:00' };
const at = (h: number, m = 0) => h * 60 + m;

describe('snooze', () => {
  it('holds back one kind until it ends, then re-notifies if still active', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 65))).toEqual(['low']);
    d.snooze('low', 30);
    const snoozed = d.feed(1, 64);
    expect(snoozed.notify).toEqual([]);
    expect(snoozed.active[0]).toMatchObject({ kind: 'low', snoozedUntil: T0 + 30 * MINUTE });
    for (let m = 2; m < 30; m += 1) expect(d.feed(m, 64).notify).toEqual([]);
    expect(kinds(d.feed(30, 64))).toEqual(['low']);
    expect(d.feed(30, 64).active[0]?.snoozedUntil).toBeNull();
  });

  it('does not re-notify at the end of a snooze when the alarm is over', () => {
    const d = createDriver();
    d.feed(0, 65);
    d.snooze('low', 30);
    d.feed(10, 90);
    expect(d.feed(30, 90).notify).toEqual([]);
  });

  it('covers a new episode of the same kind that starts during the snooze', () => {
    const d = createDriver();
    d.feed(0, 65);
    d.snooze('low', 60);
    d.feed(1, 90);
    expect(d.feed(20, 65).notify).toEqual([]); // new episode, but snoozed
    expect(kinds(d.feed(60, 65))).toEqual(['low']);
  });

  it('is per kind: snoozing high does not silence low', () => {
    const d = createDriver();
    d.feed(0, 120);
    d.snooze('high', 60);
    expect(kinds(d.feed(1, 65))).toEqual(['low']);
  });

  it('is cancelled when low becomes urgent low, even by less than 10 mg/dL', () => {
    const d = createDriver();
    d.feed(0, 60);
    d.snooze('low', 60);
    expect(d.feed(1, 56).notify).toEqual([]);
    expect(d.state.snoozes.low).toBeDefined();
    const urgent = d.feed(2, 55); // 5 lower than at snooze time, but now urgent low
    expect(kinds(urgent)).toEqual(['urgentLow']);
    expect(d.state.snoozes.low).toBeUndefined();
  });

  it('is cancelled (and re-notifies) when low falls 10 mg/dL further than when snoozed', () => {
    const d = createDriver();
    d.feed(0, 68);
    d.snooze('low', 60);
    expect(d.feed(1, 59).notify).toEqual([]); // 9 lower: still snoozed
    const worse = d.feed(2, 58); // 10 lower
    expect(kinds(worse)).toEqual(['low']);
    expect(worse.notify[0]?.body).toContain('58 mg/dL');
    expect(d.state.snoozes.low).toBeUndefined();
  });

  it('is cancelled when high rises 10 mg/dL further', () => {
    const d = createDriver();
    d.feed(0, 260);
    d.snooze('high', 60);
    expect(d.feed(1, 269).notify).toEqual([]);
    expect(kinds(d.feed(2, 270))).toEqual(['high']);
  });

  it('is cancelled when urgent low falls 10 mg/dL further (explicit urgent-low snooze)', () => {
    const d = createDriver();
    d.feed(0, 52);
    d.snooze('urgentLow', 60);
    expect(d.feed(1, 45).notify).toEqual([]);
    expect(kinds(d.feed(2, 42))).toEqual(['urgentLow']);
  });

  it('takes its baseline from the next reading when none was known', () => {
    const state = snoozeAlarm(initialAlarmState(), 'high', T0 + 60 * MINUTE);
    expect(state.snoozes.high).toEqual({ until: T0 + 60 * MINUTE, referenceMgdl: null });
    const d = createDriver();
    d.snooze('high', 60);
    expect(d.feed(0, 300).notify).toEqual([]); // baseline 300
    expect(d.state.snoozes.high?.referenceMgdl).toBe(300);
    expect(kinds(d.feed(1, 310))).toEqual(['high']);
  });

  it('does not cancel rapid-change snoozes as glucose moves', () => {
    const d = createDriver();
    d.feed(0, 200, { deltaRatePerMinute: -3 });
    d.snooze('rapidFall', 30);
    for (let m = 1; m < 20; m += 1) {
      expect(d.feed(m, 200 - 3 * m, { deltaRatePerMinute: -3 }).notify).toEqual([]);
    }
  });

  it("'all' snoozes the alarms active now, not future ones", () => {
    const d = createDriver();
    d.feed(0, 260, { deltaRatePerMinute: 2.5 });
    d.snooze('all', 60);
    expect(Object.keys(d.state.snoozes).sort()).toEqual(['high', 'rapidRise']);
    expect(d.feed(1, 262, { deltaRatePerMinute: 2.5 }).notify).toEqual([]);
    expect(kinds(d.feed(2, 120, { deltaRatePerMinute: -2.5 }))).toEqual(['rapidFall']);
  });

  it('can be lifted early by snoozing until a past time (re-notifies while active)', () => {
    const d = createDriver();
    d.feed(0, 65);
    d.snooze('low', 60);
    d.feed(1, 65);
    d.snooze('low', 0);
    expect(kinds(d.feed(2, 65))).toEqual(['low']);
  });
});

describe('quiet hours', () => {
  it('hold back low/high/rapid/no-data notices but never urgent low (or urgent low soon)', () => {
    const quiet = { quietHours: QUIET_NIGHT, localMinutesOfDay: at(3) };
    const d = createDriver(quiet);
    const r = d.feed(0, 65, { deltaRatePerMinute: -2.5 });
    // 65 falling 2.5 a minute projects far below 55 within 20 minutes: that one is told.
    expect(kinds(r)).toEqual(['urgentLowSoon']);
    expect(activeKinds(r)).toEqual(['urgentLowSoon', 'low', 'rapidFall']);
    expect(kinds(d.feed(1, 54))).toEqual(['urgentLow']);
    const h = createDriver(quiet);
    expect(h.feed(0, 300, { deltaRatePerMinute: 2.5 }).notify).toEqual([]);
    expect(h.tick(25).notify).toEqual([]); // no data, quietly
    expect(activeKinds(h.tick(25))).toEqual(['noData']);
  });

  it('deliver a held-back notice when they end if the alarm is still active', () => {
    const d = createDriver({ quietHours: QUIET_NIGHT });
    expect(d.feed(0, 65, { localMinutesOfDay: at(6, 58) }).notify).toEqual([]);
    expect(d.feed(1, 65, { localMinutesOfDay: at(6, 59) }).notify).toEqual([]);
    expect(kinds(d.feed(2, 65, { localMinutesOfDay: at(7) }))).toEqual(['low']);
    expect(d.feed(3, 65, { localMinutesOfDay: at(7, 1) }).notify).toEqual([]);
  });

  it('stay silent at their end when the alarm is over', () => {
    const d = createDriver({ quietHours: QUIET_NIGHT });
    d.feed(0, 65, { localMinutesOfDay: at(6, 50) });
    d.feed(5, 90, { localMinutesOfDay: at(6, 55) });
    expect(d.feed(10, 90, { localMinutesOfDay: at(7, 0) }).notify).toEqual([]);
  });
});

describe('pause', () => {
  it('holds back everything but urgent low, and delivers what is still active after it', () => {
    const d = createDriver({ pausedUntil: T0 + 30 * MINUTE });
    expect(d.feed(0, 300).notify).toEqual([]);
    expect(activeKinds(d.feed(1, 300))).toEqual(['high']);
    const urgent = createDriver({ pausedUntil: T0 + 30 * MINUTE });
    expect(kinds(urgent.feed(0, 50))).toEqual(['urgentLow']);
    expect(kinds(d.feed(30, 300))).toEqual(['high']);
  });
});

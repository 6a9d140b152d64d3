import { describe, expect, it } from 'vitest';
import { evaluateAlarms, initialAlarmState } from '../../../main/core/alarms';
import { MINUTE, T0, reading } from '../glucose/make-reading';
import { activeKinds, allOn, baseInput, createDriver, kinds } from './driver';

describe('levels and edges', () => {
  it.each([
    [56, ['low']],
    [55, ['urgentLow']], // urgent low is "at or below" (and folds low into it)
    [70, []],
    [69, ['low']], // low is "below"
    [250, []],
    [251, ['high']], // high is "above"
  ])('%d mg/dL notifies %j', (mgdl, expected) => {
    const r = evaluateAlarms(initialAlarmState(), baseInput(0, reading(0, mgdl)));
    expect(kinds(r)).toEqual(expected);
  });

  it('counts LO as urgent low and HI as high, whatever their clamped value says', () => {
    const lo = evaluateAlarms(
      initialAlarmState(),
      baseInput(0, reading(0, 90, { sensorLimit: 'LO' })),
    );
    expect(kinds(lo)).toEqual(['urgentLow']);
    expect(lo.active[0]?.message).toContain("below the sensor's range (LO)");
    const hi = evaluateAlarms(
      initialAlarmState(),
      baseInput(0, reading(0, 200, { sensorLimit: 'HI' })),
    );
    expect(kinds(hi)).toEqual(['high']);
    expect(hi.active[0]?.message).toContain("above the sensor's range (HI)");
  });

  it('LO still alarms as low when urgent low is switched off', () => {
    const input = baseInput(0, reading(0, 90, { sensorLimit: 'LO' }));
    input.settings.urgentLow.enabled = false;
    expect(kinds(evaluateAlarms(initialAlarmState(), input))).toEqual(['low']);
  });

  it('fires rapid alarms at the threshold rate, not below it, and not without a rate', () => {
    const at = (rate: number | null) =>
      kinds(
        evaluateAlarms(initialAlarmState(), {
          ...baseInput(0, reading(0, 150)),
          deltaRatePerMinute: rate,
        }),
      );
    expect(at(-2)).toEqual(['rapidFall']);
    expect(at(-1.9)).toEqual([]);
    expect(at(2)).toEqual(['rapidRise']);
    expect(at(1.99)).toEqual([]);
    expect(at(null)).toEqual([]);
    expect(at(Number.NaN)).toEqual([]);
  });

  it('never fires a disabled alarm', () => {
    const input = { ...baseInput(0, reading(0, 40)), deltaRatePerMinute: -5 };
    for (const kind of ['urgentLow', 'low', 'high', 'rapidFall', 'rapidRise', 'noData'] as const) {
      input.settings[kind].enabled = false;
    }
    const r = evaluateAlarms(initialAlarmState(), input);
    expect(r.notify).toEqual([]);
    expect(r.active).toEqual([]);
  });

  it('uses the threshold from the settings', () => {
    const input = baseInput(0, reading(0, 75));
    input.settings.low.threshold = 80;
    expect(kinds(evaluateAlarms(initialAlarmState(), input))).toEqual(['low']);
  });
});

describe('notify once per episode', () => {
  it('notifies when a low starts and not again while it lasts', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 90))).toEqual([]);
    const start = d.feed(1, 68);
    expect(kinds(start)).toEqual(['low']);
    expect(start.active).toEqual([
      {
        kind: 'low',
        message: expect.stringContaining('68 mg/dL') as string,
        since: T0 + MINUTE + 30_000,
        snoozedUntil: null,
      },
    ]);
    for (let m = 2; m < 30; m += 1) {
      const r = d.feed(m, 65);
      expect(r.notify).toEqual([]);
      expect(activeKinds(r)).toEqual(['low']);
      expect(r.active[0]?.since).toBe(T0 + MINUTE + 30_000);
    }
  });

  it('treats a return within 15 minutes as the same episode, and later as a new one', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 68))).toEqual(['low']);
    expect(activeKinds(d.feed(1, 72))).toEqual([]);
    expect(kinds(d.feed(15, 69))).toEqual([]); // 15 min after it last held: same episode
    expect(activeKinds(d.feed(15, 69))).toEqual(['low']);
    d.feed(16, 75);
    expect(kinds(d.feed(32, 68))).toEqual(['low']); // 16 min later: new episode
  });

  it('escalates low to urgent low with a new notice', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 65))).toEqual(['low']);
    const urgent = d.feed(1, 54);
    expect(kinds(urgent)).toEqual(['urgentLow']);
    expect(urgent.notify[0]?.urgency).toBe('critical');
  });

  it('folds low into urgent low: one notice, one active alarm, no low notice on recovery', () => {
    const d = createDriver();
    const r = d.feed(0, 50);
    expect(kinds(r)).toEqual(['urgentLow']);
    expect(activeKinds(r)).toEqual(['urgentLow']);
    const recovering = d.feed(1, 60);
    expect(recovering.notify).toEqual([]);
    expect(activeKinds(recovering)).toEqual(['low']);
  });

  it('starts a glucose episode only on a new reading', () => {
    const d = createDriver();
    d.feed(0, 65, { settings: { ...allOn(), low: { enabled: true, threshold: 60 } } });
    // The threshold is raised between readings: the old reading does not start an alarm…
    expect(activeKinds(d.tick(1))).toEqual([]);
    // …the next new one does.
    expect(kinds(d.feed(2, 65))).toEqual(['low']);
  });

  it('keeps an ongoing episode between readings and ends it when the condition goes', () => {
    const d = createDriver();
    d.feed(0, 65);
    expect(activeKinds(d.tick(1))).toEqual(['low']);
    const raised = d.tick(2, { settings: { ...allOn(), low: { enabled: true, threshold: 60 } } });
    expect(activeKinds(raised)).toEqual([]);
  });
});

describe('stale data and no data', () => {
  it('never fires a glucose alarm from a stale reading', () => {
    const d = createDriver();
    d.feed(0, 120);
    const old = reading(-12, 40); // arrives late: 12 minutes old, stale
    const r = d.feed(0, old, { deltaRatePerMinute: -4 });
    expect(r.notify).toEqual([]);
    expect(r.active).toEqual([]);
  });

  it('drops glucose alarms when the data goes stale; only no data fires', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 260))).toEqual(['high']);
    expect(activeKinds(d.tick(9))).toEqual(['high']); // 9.5 min old: still current
    expect(activeKinds(d.tick(10))).toEqual([]); // 10.5 min old: stale
    expect(d.tick(19).notify).toEqual([]);
    const noData = d.tick(20);
    expect(kinds(noData)).toEqual(['noData']);
    expect(noData.notify[0]?.body).toBe(
      'No new glucose reading for 20 minutes; the last one was 260 mg/dL.',
    );
    expect(d.tick(25).notify).toEqual([]);
    expect(activeKinds(d.tick(25))).toEqual(['noData']);
  });

  it('fires no data at exactly the configured number of minutes', () => {
    const latest = reading(0, 120);
    const at = (ms: number) => ({ ...baseInput(0, latest), now: T0 + ms, stale: true });
    expect(evaluateAlarms(initialAlarmState(), at(20 * MINUTE - 1000)).active).toEqual([]);
    expect(kinds(evaluateAlarms(initialAlarmState(), at(20 * MINUTE)))).toEqual(['noData']);
  });

  it('ends no data with the next reading and fires again after the next gap', () => {
    const d = createDriver();
    d.feed(0, 120);
    expect(kinds(d.tick(20))).toEqual(['noData']);
    expect(activeKinds(d.feed(21, 120))).toEqual([]);
    expect(d.tick(40).notify).toEqual([]);
    expect(kinds(d.tick(41))).toEqual(['noData']);
  });

  it('re-notifies a glucose alarm that is still there after a long gap', () => {
    const d = createDriver();
    expect(kinds(d.feed(0, 60))).toEqual(['low']);
    d.tick(30);
    expect(kinds(d.feed(31, 60))).toEqual(['low']);
  });

  it('has no alarms at all without any reading', () => {
    const r = evaluateAlarms(initialAlarmState(), baseInput(0, null));
    expect(r).toMatchObject({ notify: [], active: [] });
  });
});

describe('messages', () => {
  it('writes plain sentences in the chosen unit', () => {
    const mg = evaluateAlarms(initialAlarmState(), baseInput(0, reading(0, 65)));
    expect(mg.notify[0]).toEqual({
      id: 'glucobar-alarm:low',
      kind: 'low',
      title: 'Low glucose',
      body: 'Glucose is 65 mg/dL, below the low level of 70 mg/dL.',
      urgency: 'normal',
    });
    const mmol = evaluateAlarms(initialAlarmState(), {
      ...baseInput(0, reading(0, 65)),
      units: 'mmol/L',
    });
    expect(mmol.notify[0]?.body).toBe('Glucose is 3.6 mmol/L, below the low level of 3.9 mmol/L.');
    const both = evaluateAlarms(initialAlarmState(), {
      ...baseInput(0, reading(0, 52)),
      units: 'both',
    });
    expect(both.notify[0]?.body).toBe(
      'Glucose is 52 mg/dL (2.9 mmol/L), at or below the urgent low level of 55 mg/dL (3.1 mmol/L).',
    );
  });

  it('describes rapid changes with the rate', () => {
    const input = {
      ...baseInput(0, reading(0, 140)),
      deltaRatePerMinute: -2.4,
      units: 'mmol/L' as const,
    };
    expect(evaluateAlarms(initialAlarmState(), input).notify[0]?.body).toBe(
      'Glucose is falling quickly by about 0.13 mmol/L a minute; it is now 7.8 mmol/L.',
    );
    const up = { ...baseInput(0, reading(0, 140)), deltaRatePerMinute: 3 };
    expect(evaluateAlarms(initialAlarmState(), up).notify[0]).toMatchObject({
      title: 'Glucose rising quickly',
      body: 'Glucose is rising quickly by about 3.0 mg/dL a minute; it is now 140 mg/dL.',
    });
  });

  it('names the patient and keys the notice per patient', () => {
    const input = { ...baseInput(0, reading(0, 300)), patient: { id: 'p-1', name: 'Alex' } };
    expect(evaluateAlarms(initialAlarmState(), input).notify[0]).toMatchObject({
      id: 'glucobar-alarm:p-1:high',
      title: 'Alex: High glucose',
      body: 'Glucose is 300 mg/dL, above the high level of 250 mg/dL.',
    });
  });

  it('updates the active message with the current value', () => {
    const d = createDriver();
    d.feed(0, 65);
    expect(d.feed(1, 62).active[0]?.message).toContain('62 mg/dL');
  });
});

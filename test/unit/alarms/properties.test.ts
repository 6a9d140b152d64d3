import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlarmKind, UnitsPreference } from '../../../preload/contract';
import {
  evaluateAlarms,
  initialAlarmState,
  URGENT_LOW_REMINDER_MINUTES,
} from '../../../main/core/alarms';
import type { AlarmEvaluation, AlarmInput } from '../../../main/core/alarms';
import { MINUTE, T0, reading } from '../glucose/make-reading';
import { allOn, QUIET_OFF } from './driver';

interface Step {
  gap: number; // minutes since the previous step
  mgdl: number;
  limit: 'HI' | 'LO' | null;
  rate: number | null;
  fresh: boolean; // a new reading at this step
}

const step = fc.record({
  gap: fc.integer({ min: 1, max: 25 }),
  mgdl: fc.integer({ min: 39, max: 420 }),
  limit: fc.constantFrom<'HI' | 'LO' | null>(null, null, null, null, 'HI', 'LO'),
  rate: fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: null }),
  fresh: fc.boolean(),
});

/** Runs a random day of readings; returns every evaluation. */
function simulate(
  steps: Step[],
  over: (minute: number) => Partial<AlarmInput> = () => ({}),
): AlarmEvaluation[] {
  let state = initialAlarmState();
  let latest = reading(0, 120);
  let minute = 0;
  const out: AlarmEvaluation[] = [];
  for (const s of steps) {
    minute += s.gap;
    const now = T0 + minute * MINUTE;
    if (s.fresh) latest = reading(minute - 0.5, s.mgdl, { sensorLimit: s.limit });
    const input: AlarmInput = {
      now,
      latest,
      isNewReading: s.fresh,
      deltaRatePerMinute: s.rate,
      stale: now - latest.time > 10 * MINUTE,
      settings: allOn(),
      quietHours: QUIET_OFF,
      localMinutesOfDay: 720,
      pausedUntil: null,
      patientLevels: null,
      units: 'mg/dL',
      ...over(minute),
    };
    const result = evaluateAlarms(state, input);
    state = result.state;
    out.push(result);
  }
  return out;
}

const steps = fc.array(step, { minLength: 1, maxLength: 60 });
const kindsOf = (r: AlarmEvaluation) => r.notify.map((n) => n.kind);

describe('alarm invariants (random sequences)', () => {
  it('the display unit never changes which alarms are active or notified', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const runs = (['mg/dL', 'mmol/L', 'both'] as UnitsPreference[]).map((units) =>
          simulate(s, () => ({ units })).map((r) => [kindsOf(r), r.active.map((a) => a.kind)]),
        );
        expect(runs[1]).toEqual(runs[0]);
        expect(runs[2]).toEqual(runs[0]);
      }),
    );
  });

  it('on stale data only no data can notify or be active', () => {
    fc.assert(
      fc.property(steps, (s) => {
        let minute = 0;
        let latestMinute = 0;
        const results = simulate(s);
        s.forEach((st, i) => {
          minute += st.gap;
          if (st.fresh) latestMinute = minute - 0.5;
          if (minute - latestMinute > 10) {
            const r = results[i] as AlarmEvaluation;
            for (const k of [...kindsOf(r), ...r.active.map((a) => a.kind)])
              expect(k).toBe('noData');
          }
        });
      }),
    );
  });

  it('quiet hours and a pause never hold back urgent low (nor urgent low soon, its warning)', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const plain = simulate(s);
        const muted = simulate(s, (minute) => ({
          quietHours: { enabled: true, start: '00:00', end: '23:59' },
          localMinutesOfDay: 600,
          pausedUntil: T0 + (minute + 60) * MINUTE,
        }));
        plain.forEach((r, i) => {
          const m = muted[i] as AlarmEvaluation;
          for (const urgent of ['urgentLow', 'urgentLowSoon'] as const) {
            expect(kindsOf(r).includes(urgent)).toBe(kindsOf(m).includes(urgent));
          }
          for (const k of kindsOf(m)) expect(['urgentLow', 'urgentLowSoon']).toContain(k);
        });
      }),
    );
  });

  it('notifies an episode at most once while it stays active (urgent low: reminders ≥ 15 min apart)', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const results = simulate(s);
        const since = new Map<AlarmKind, number>();
        const at = new Map<AlarmKind, number>();
        for (const r of results) {
          for (const n of r.notify) {
            const view = r.active.find((a) => a.kind === n.kind);
            expect(view).toBeDefined();
            const notifiedAt = r.state.events[n.kind]?.notifiedAt as number;
            if (n.kind === 'urgentLow' && since.get(n.kind) === view?.since) {
              expect(notifiedAt - at.get(n.kind)!).toBeGreaterThanOrEqual(
                URGENT_LOW_REMINDER_MINUTES * 60_000,
              );
            } else {
              expect(since.get(n.kind)).not.toBe(view?.since);
            }
            since.set(n.kind, view?.since as number);
            at.set(n.kind, notifiedAt);
          }
        }
      }),
    );
  });
});

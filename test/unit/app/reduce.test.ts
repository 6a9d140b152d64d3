// The app's logic as pure functions: each event's effect on the state and on the snapshot every
// view renders, without timers, disks or servers.
import { describe, expect, it } from 'vitest';
import type { AlarmNotification } from '../../../main/core/alarms';
import { ENGLISH_WORDS } from '../../../common/i18n/translate';
import type { Notice } from '../../../main/core/app/notice';
import { HISTORY_NOTICE, reduce } from '../../../main/core/app/reduce';
import { noticeText } from '../../../main/core/snapshot/notice-words';
import { buildSnapshot as snapshotOf } from '../../../main/core/snapshot/build-snapshot';
import type { CoreEvent, CoreEventBody, CoreState } from '../../../main/core/app/state';
import { LluError } from '../../../main/core/llu/errors';
import type { Patient } from '../../../main/core/llu/types';
import { defaultSettings } from '../../../main/core/settings/schema';
import { MINUTE, readingsFrom, startState, testPatient } from '../../helpers/core-state';

const T0 = Date.UTC(2026, 10, 24, 12, 0, 0);

const reading = readingsFrom(T0, 60);
const patient = testPatient;

/** An event at `minute` after T0, at noon on this machine (outside any quiet hours). */
const at = (minute: number, body: CoreEventBody): CoreEvent => ({
  ...body,
  now: T0 + minute * MINUTE,
  localMinutesOfDay: 12 * 60,
});

const start = (hasCredentials = true) => startState(T0, { hasCredentials });

const polled = (minute: number, patients: Patient[], historySaved: boolean | null = true) =>
  at(minute, { type: 'polled', patients, at: T0 + minute * MINUTE, historySaved });

/** Deep-freezes a state so that any mutation by the reducer throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}

const run = (state: CoreState, ...events: CoreEvent[]) =>
  events.reduce((s, e) => reduce(frozen(s), e), state);

describe('reduce', () => {
  it('starts connecting with credentials and signed out without', () => {
    expect(snapshotOf(start(true)).session.status).toBe('connecting');
    expect(snapshotOf(start(false)).session.status).toBe('signed_out');
    expect(snapshotOf(start()).current).toBeNull();
  });

  it('a poll result makes the session ok and the selected patient current', () => {
    const state = run(
      start(),
      polled(0, [patient('b', reading(0, 140)), patient('a', reading(0, 131))]),
    );
    const snapshot = snapshotOf(state);
    expect(snapshot.session.status).toBe('ok');
    expect(snapshot.lastUpdatedAt).toBe(T0);
    expect(snapshot.selectedPatientId).toBe('a');
    expect(snapshot.current?.display.value).toBe('131');
    expect(snapshot.current?.stale).toBe(false);
    expect(snapshot.generatedAt).toBe(T0);
  });

  it('keeps recent readings for the delta: live values and graph points both count', () => {
    const graph = at(1, {
      type: 'graphFetched',
      patientId: 'a',
      readings: [reading(-5, 120, { source: 'graph' })],
      historySaved: true,
    });
    const state = run(start(), graph, polled(1, [patient('a', reading(0, 131))]));
    expect(snapshotOf(state).current?.deltaMgdl).toBe(11);
    expect(snapshotOf(state).current?.display.delta).toBe('+11');
  });

  it('the clock tick alone turns an old reading stale, never current', () => {
    const state = run(
      start(),
      polled(0, [patient('a', reading(0, 131))]),
      at(11, { type: 'tick' }),
    );
    const snapshot = snapshotOf(state);
    expect(snapshot.current?.stale).toBe(true);
    expect(snapshot.current?.tone).toBe('stale');
    expect(snapshot.current?.display.arrow).toBe('?');
  });

  it('announces a new low once, in the event that found it, and shows it as active', () => {
    const low = run(start(), polled(0, [patient('a', reading(0, 62))]));
    expect(low.alarms.outbox.map((n: AlarmNotification) => n.kind)).toEqual(['low']);
    expect(snapshotOf(low).alarms.map((a) => a.kind)).toEqual(['low']);
    const later = run(low, at(1, { type: 'tick' }), polled(1, [patient('a', reading(1, 61))]));
    expect(later.alarms.outbox).toEqual([]);
    expect(snapshotOf(later).alarms.map((a) => a.kind)).toEqual(['low']);
  });

  it('a snooze marks the active alarm; a pause shows until it runs out', () => {
    const low = run(start(), polled(0, [patient('a', reading(0, 62))]));
    const snoozed = run(
      low,
      at(1, { type: 'alarmsSnoozed', kind: 'low', until: T0 + 31 * MINUTE }),
    );
    expect(snapshotOf(snoozed).alarms[0]?.snoozedUntil).toBe(T0 + 31 * MINUTE);
    const paused = run(low, at(1, { type: 'alarmsPaused', until: T0 + 10 * MINUTE }));
    expect(snapshotOf(paused).alarmsPausedUntil).toBe(T0 + 10 * MINUTE);
    expect(snapshotOf(run(paused, at(10, { type: 'tick' }))).alarmsPausedUntil).toBeNull();
  });

  it('a failed poll says why and keeps the last value, marked by age', () => {
    const ok = run(start(), polled(0, [patient('a', reading(0, 131))]));
    const offline = run(
      ok,
      at(1, { type: 'pollFailed', error: new LluError('network', 'No network.'), retryAt: null }),
    );
    expect(snapshotOf(offline).session.status).toBe('offline');
    expect(snapshotOf(offline).current?.mgdl).toBe(131);
    const locked = run(
      ok,
      at(1, {
        type: 'pollFailed',
        error: new LluError('locked_out', 'Locked.', { retryAfterSeconds: 300 }),
        retryAt: T0 + 6 * MINUTE,
      }),
    );
    expect(snapshotOf(locked).session).toMatchObject({
      status: 'locked_out',
      retryAt: T0 + 6 * MINUTE,
    });
    const nobody = run(
      ok,
      at(1, {
        type: 'pollFailed',
        error: new LluError('no_connections', 'Nobody followed.'),
        retryAt: null,
      }),
    );
    expect(snapshotOf(nobody).patients).toEqual([]);
    expect(snapshotOf(nobody).current).toBeNull();
  });

  it('signing in connects; signing out forgets the people and the last contact', () => {
    const ok = run(start(false), at(0, { type: 'signingIn' }));
    expect(snapshotOf(ok).session.status).toBe('connecting');
    const out = run(ok, polled(1, [patient('a', reading(1, 131))]), at(2, { type: 'signedOut' }));
    const snapshot = snapshotOf(out);
    expect(snapshot.session.status).toBe('signed_out');
    expect(snapshot.patients).toEqual([]);
    expect(snapshot.lastUpdatedAt).toBeNull();
    const refused = run(
      ok,
      at(1, { type: 'commandFailed', error: new LluError('bad_credentials', 'Wrong password.') }),
    );
    expect(snapshotOf(refused).session).toMatchObject({ status: 'bad_credentials', retryAt: null });
  });

  it('says when history cannot be saved, once, and stops saying it when saving works again', () => {
    const failing = run(
      start(),
      polled(0, [patient('a', reading(0, 131))], false),
      polled(1, [patient('a', reading(1, 131))], false),
    );
    const historyText = noticeText(HISTORY_NOTICE, ENGLISH_WORDS);
    expect(historyText).toMatch(/cannot save readings to disk/);
    expect(snapshotOf(failing).notices).toEqual([historyText]);
    expect(snapshotOf(run(failing, polled(2, [patient('a', null)], null))).notices).toEqual([
      historyText,
    ]);
    expect(
      snapshotOf(run(failing, polled(2, [patient('a', reading(2, 131))], true))).notices,
    ).toEqual([]);
  });

  it('shows the updater’s offer until it is withdrawn', () => {
    const offer = { key: 'update.ready' as const, action: 'restart' as const };
    const offered = run(start(), at(0, { type: 'updateOffered', offer }));
    expect(snapshotOf(offered).update).toEqual({
      label: 'Update ready — restart',
      action: 'restart',
    });
    expect(snapshotOf(run(offered, at(1, { type: 'updateOffered', offer: null }))).update).toBe(
      null,
    );
  });

  it('shows each notice once until it is cleared', () => {
    const a: Notice = { key: 'notice.alarmNotShown', params: { title: 'Low', body: '65' }, at: 0 };
    const b: Notice = { ...a, params: { title: 'Low', body: '62' } };
    const text = (notice: Notice) => noticeText(notice, ENGLISH_WORDS);
    const state = run(
      start(),
      at(0, { type: 'noticeAdded', notice: a }),
      at(0, { type: 'noticeAdded', notice: { ...a, params: { ...a.params } } }),
      at(0, { type: 'noticeAdded', notice: b }),
    );
    expect(snapshotOf(state).notices).toEqual([text(a), text(b)]);
    expect(snapshotOf(run(state, at(1, { type: 'noticeCleared', notice: a }))).notices).toEqual([
      text(b),
    ]);
  });

  it('follows the settings it is handed: units and the selected patient', () => {
    const settings = { ...defaultSettings(), units: 'mmol/L' as const, selectedPatientId: 'b' };
    const state = run(
      start(),
      polled(0, [patient('a', reading(0, 131)), patient('b', reading(0, 90))]),
      at(0, { type: 'settingsChanged', settings }),
    );
    expect(snapshotOf(state).selectedPatientId).toBe('b');
    expect(snapshotOf(state).current?.display.value).toBe('5.0');
  });

  it('words the notification for privacy mode in the event that decides it', () => {
    const privacy = { ...defaultSettings(), privacyMode: true };
    const low = run(
      start(),
      at(0, { type: 'settingsChanged', settings: privacy }),
      polled(0, [patient('a', reading(0, 62))]),
    );
    expect(low.alarms.outbox).toHaveLength(1);
    const words = low.alarms.outbox.map((n) => `${n.title} ${n.body}`).join('\n');
    expect(words).not.toMatch(/62|A Example|low/i);
  });

  it('carries launch-at-login for the tray menu, so the tray never reads settings', () => {
    const on = { ...defaultSettings(), launchAtLogin: true };
    expect(snapshotOf(start()).launchAtLogin).toBe(false);
    expect(
      snapshotOf(run(start(), at(0, { type: 'settingsChanged', settings: on }))).launchAtLogin,
    ).toBe(true);
  });

  it('is pure: the same events give the same snapshot, and no earlier state changes', () => {
    const events = [polled(0, [patient('a', reading(0, 62))]), at(1, { type: 'tick' })];
    const first = snapshotOf(run(start(), ...events));
    const second = snapshotOf(run(start(), ...events));
    expect(second).toEqual(first);
  });
});

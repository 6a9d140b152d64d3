import { describe, expect, it } from 'vitest';
import { notificationForPrivacy } from '../../../main/core/alarms/notification-privacy';
import type { AlarmNotification } from '../../../main/core/alarms';
import { checkAlarms, emptyAlarmBook } from '../../../main/core/app/alarm-book';
import type { Patient } from '../../../main/core/llu/types';
import type { Notifier } from '../../../main/core/ports';
import { defaultSettings } from '../../../main/core/settings/schema';
import { MINUTE, T0, reading } from '../glucose/make-reading';

const patient: Patient = {
  id: 'p1',
  connectionId: 'c1',
  firstName: 'Ada',
  lastName: 'Lovelace',
  targets: { lowMgdl: 70, highMgdl: 180 },
  units: 'mg/dL',
  sensor: null,
  latest: null,
  alarmLevels: { lowMgdl: null, highMgdl: null, urgentLowMgdl: null },
};

/** What the notifier is handed after an urgent low (48 mg/dL, falling fast) arrives. */
type Shown = Parameters<Notifier['notify']>[0];

function notificationsFor(privacyMode: boolean): Shown[] {
  const recent = [reading(0, 70), reading(5, 59), reading(10, 48, { trend: 'fallingQuickly' })];
  // The outbox is what the app shell hands the notifier, word for word.
  const book = checkAlarms(emptyAlarmBook, {
    now: T0 + 10 * MINUTE + 30_000,
    patient,
    recent,
    isNewReading: true,
    settings: { ...defaultSettings(), privacyMode },
    localMinutesOfDay: 12 * 60,
  });
  return [...book.outbox];
}

describe('notification text in privacy mode', () => {
  it('says who and what without privacy mode (the baseline this test relies on)', () => {
    const shown = notificationsFor(false);
    expect(shown.length).toBeGreaterThan(0);
    expect(JSON.stringify(shown.map((n) => [n.title, n.body]))).toMatch(/48|Ada/);
  });

  it('hides the value, the kind, the trend and the name, keeps id and urgency', () => {
    const plain = notificationsFor(false);
    const hidden = notificationsFor(true);
    expect(hidden.map((n) => [n.id, n.urgency])).toEqual(plain.map((n) => [n.id, n.urgency]));
    for (const n of hidden) {
      const text = `${n.title}\n${n.body}`;
      expect(text).not.toMatch(/\d/);
      expect(text).not.toMatch(/Ada|Lovelace|low|falling|↓|mg\/dL/i);
    }
    const urgent = hidden.find((n) => n.urgency === 'critical');
    expect(urgent?.title).toBe('Glucobar: urgent alarm');
  });

  it('leaves a notification alone when privacy mode is off', () => {
    const n: AlarmNotification = {
      id: 'x',
      kind: 'high',
      title: 'Ada: High',
      body: '260 mg/dL',
      urgency: 'normal',
    };
    expect(notificationForPrivacy(n, false)).toBe(n);
    expect(notificationForPrivacy(n, true).title).toBe('Glucobar alarm');
  });
});

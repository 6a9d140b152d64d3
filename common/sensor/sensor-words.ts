/**
 * The sentence about a sensor, shared by the popover's sensor line and the tray tooltip so they
 * never disagree. `clockTime` formats a time of day in the viewer's locale (each runtime has
 * its own formatter).
 */
import { ENGLISH_WORDS, type Translator } from '../i18n/translate';

export interface SensorFacts {
  state: 'warmingUp' | 'active' | 'ended' | 'unknown';
  warmupEndsAt: number | null;
  daysLeft: number | null;
}

export function sensorSentence(
  sensor: SensorFacts | null,
  now: number,
  clockTime: (ms: number, now: number) => string,
  i18n: Translator = ENGLISH_WORDS,
): string | null {
  if (!sensor) return null;
  switch (sensor.state) {
    case 'warmingUp': {
      if (sensor.warmupEndsAt === null) return i18n.t('sensor.warmingUpSoon');
      const minutes = Math.max(1, Math.ceil((sensor.warmupEndsAt - now) / 60_000));
      const time = clockTime(sensor.warmupEndsAt, now);
      return i18n.t('sensor.warmingUpAt', { time, minutes });
    }
    case 'ended':
      return i18n.t('sensor.ended');
    case 'active':
      if (sensor.daysLeft === null) return i18n.t('sensor.active');
      if (sensor.daysLeft <= 0) return i18n.t('sensor.endsToday');
      return i18n.t('sensor.daysLeft', { count: sensor.daysLeft });
    case 'unknown':
      return null;
  }
}

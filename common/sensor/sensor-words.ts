/**
 * The sentence about a sensor, shared by the popover's sensor line and the tray tooltip so they
 * never disagree. `clockTime` formats a time of day in the viewer's locale (each runtime has
 * its own formatter).
 */
export interface SensorFacts {
  state: 'warmingUp' | 'active' | 'ended' | 'unknown';
  warmupEndsAt: number | null;
  daysLeft: number | null;
}

export function sensorSentence(
  sensor: SensorFacts | null,
  now: number,
  clockTime: (ms: number, now: number) => string,
): string | null {
  if (!sensor) return null;
  switch (sensor.state) {
    case 'warmingUp': {
      if (sensor.warmupEndsAt === null) return 'Sensor warming up: readings start soon';
      const minutes = Math.max(1, Math.ceil((sensor.warmupEndsAt - now) / 60_000));
      return `Sensor warming up: readings start at ${clockTime(sensor.warmupEndsAt, now)} (in ${minutes} min)`;
    }
    case 'ended':
      return 'Sensor ended: no new readings until a new sensor is applied';
    case 'active':
      if (sensor.daysLeft === null) return 'Sensor active';
      if (sensor.daysLeft <= 0) return 'Sensor ends today';
      return `Sensor: ${sensor.daysLeft} ${sensor.daysLeft === 1 ? 'day' : 'days'} left`;
    case 'unknown':
      return null;
  }
}

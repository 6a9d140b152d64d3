/**
 * Where in the minute a wearer's readings fall. Each sensor time jitters by about a second,
 * so one reading alone misplaces the next arrival by up to two seconds, enough for a poll
 * placed "just after it" to land just before it and skip a reading. The median phase of the
 * last few readings is steady.
 */
const MINUTE_MS = 60_000;
const KEEP = 7;

/** The newest sensor times, oldest first, with `time` added (bounded). */
export function rememberReading(times: readonly number[], time: number): number[] {
  if (times.length > 0 && times[times.length - 1]! >= time) return [...times];
  return [...times, time].slice(-KEEP);
}

/** The newest reading time moved to the median phase of the remembered ones. */
export function steadyReadingTime(times: readonly number[]): number | undefined {
  const newest = times[times.length - 1];
  if (newest === undefined) return undefined;
  const shifts = times
    .map((t) => {
      const shift = (((t - newest) % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
      return shift > MINUTE_MS / 2 ? shift - MINUTE_MS : shift;
    })
    .sort((a, b) => a - b);
  return newest + shifts[Math.floor((shifts.length - 1) / 2)]!;
}

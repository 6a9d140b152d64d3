/**
 * Clock skew: how far ahead of this computer's clock a reading may be dated and still count as
 * current. Beyond the tolerance the reading is not current (the sensor's phone, LibreLinkUp or
 * this computer has a wrong clock): it is never shown as a value of now, never hides readings
 * dated after it, and never enters the history or the recent readings.
 */

/**
 * Five minutes: the maximum skew Kerberos accepts by default (RFC 4120 §1.6 "clock skew",
 * MIT krb5 `clockskew` = 300 s), a long-standing bound for machines that should be in sync but
 * are not perfectly. Both ends here normally sync by network (seconds apart); five minutes
 * forgives a computer that has not synced for weeks, and is half the 10-minute stale limit,
 * so a reading within it can delay "stale" by at most that much.
 */
export const CLOCK_SKEW_TOLERANCE_MINUTES = 5;

export const CLOCK_SKEW_TOLERANCE_MS = CLOCK_SKEW_TOLERANCE_MINUTES * 60_000;

/** Whole minutes the reading is dated ahead of `now`; 0 when it is not ahead. */
export function minutesAhead(reading: { time: number }, now: number): number {
  return Math.max(0, Math.floor((reading.time - now) / 60_000));
}

/** True when the reading is dated further ahead of `now` than the tolerance allows. */
export function isFutureDated(reading: { time: number }, now: number): boolean {
  return reading.time - now > CLOCK_SKEW_TOLERANCE_MS;
}

/**
 * The live schedule follows the focus wearer, but each poll is the only chance to see the other
 * wearers' minute readings: a reading that is never the newest at some poll is lost for good
 * (the graph keeps only every fifth). Two rules keep every other wearer's readings:
 *
 * - A poll must not land where another wearer's reading may or may not have arrived yet (their
 *   readings jitter by about a second, and our idea of when readings arrive is a few seconds
 *   off): two polls on either side of that moment skip one reading. It moves just past it.
 * - A poll must not come so late that another wearer's reading after next has arrived.
 *
 * Arrival = sensor time + the focus wearer's learned offset (clock skew plus upload delay; the
 * skew is shared and the uploads go to the same server). The band is placed with the typical
 * offset; the deadline with the lowest one learned, so it errs early.
 */
const MINUTE_MS = 60_000;
/**
 * How much earlier a reading may arrive than the learned offset says: the offset comes from the
 * middle of 8-second brackets (up to 4 s off) and two readings' jitter adds up to 2 s.
 */
const EARLY_MS = 6_000;
/** How much later it may arrive: the jitter. Later still is the deadline's business. */
const LATE_MS = 2_000;
/** A deadline this close or already past means that wearer has stopped uploading: ignore it. */
const MIN_LEAD_MS = 5_000;

export interface ArrivalOffsets {
  typical: number;
  lowest: number;
}

/**
 * `due` adjusted for the other wearers. `others` are the sensor times of their newest readings;
 * `offsets` the learned arrival offsets (both 0 while nothing is known).
 */
export function scheduleAroundOthers(
  due: number,
  others: readonly number[],
  offsets: ArrivalOffsets,
  now: number,
): number {
  let at = due;
  // Each pass moves past at most one band per wearer; bands can overlap, so repeat.
  for (let pass = 0; pass <= others.length; pass += 1) {
    let moved = false;
    for (const time of others) {
      const arrival = time + offsets.typical;
      const nearest = arrival + Math.round((at - arrival) / MINUTE_MS) * MINUTE_MS;
      // From as early as the deadline below allows: a poll just before it would leave that
      // wearer's reading to the next minute, whose deadline then costs an extra request.
      if (at > nearest - EARLY_MS - LATE_MS && at < nearest + LATE_MS) {
        at = nearest + LATE_MS;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const time of others) {
    const deadline = time + offsets.lowest + 2 * MINUTE_MS - EARLY_MS - LATE_MS;
    if (deadline >= now + MIN_LEAD_MS) at = Math.min(at, deadline);
  }
  return at;
}

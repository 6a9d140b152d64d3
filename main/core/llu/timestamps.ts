/**
 * LibreLinkUp timestamps: `M/D/YYYY h:mm:ss AM|PM`, no zone. `FactoryTimestamp` is UTC and
 * `Timestamp` is the wearer's wall clock, so both are read with Date.UTC: the host's own zone
 * must never leak in (the mistake of peers that used `new Date(string)`).
 */
const FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})\s?([AaPp][Mm])$/;

/** Epoch ms of the timestamp read as UTC wall time, or null when it is not in the format. */
export function parseLluTimestamp(text: string): number | null {
  const m = FORMAT.exec(text.trim());
  if (m === null) return null;
  const [month, day, year, hour12, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour12 < 1 || hour12 > 12 || minute > 59 || second > 59) return null;
  const pm = (m[7] ?? '').toUpperCase() === 'PM';
  const hour = (hour12 % 12) + (pm ? 12 : 0);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  // Date.UTC rolls 2/30 over into March; such a string is malformed, not a date.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms;
}

const QUARTER_HOUR = 15;

/** Wall-clock offset (local minus UTC) rounded to 15 minutes, which covers every real zone. */
export function offsetMinutes(factoryTime: number, localTime: number | null): number | null {
  if (localTime === null) return null;
  const minutes = Math.round((localTime - factoryTime) / 60_000 / QUARTER_HOUR) * QUARTER_HOUR;
  // Real zones lie within -12 h … +14 h; anything else means a broken Timestamp.
  if (minutes < -12 * 60 || minutes > 14 * 60) return null;
  return minutes === 0 ? 0 : minutes;
}

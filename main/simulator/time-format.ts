/**
 * LibreLinkUp's timestamp text (`M/D/YYYY h:mm:ss AM`, US order, 12-hour clock, no zone) and
 * the wearer's local wall clock. Local time is derived from an IANA zone through Intl so
 * daylight-saving changes land where the real phone would put them.
 */

const MINUTE_MS = 60_000;
/** Every zone transition in the tz database falls on a quarter hour of UTC. */
const OFFSET_CACHE_QUANTUM_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 50_000;

/** Formats an instant's UTC fields the way `FactoryTimestamp` and `Timestamp` are written. */
export function formatLluTimestamp(ms: number): string {
  const date = new Date(Math.floor(ms / 1000) * 1000);
  const hours = date.getUTCHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  const seconds = String(date.getUTCSeconds()).padStart(2, '0');
  const dayPart = `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`;
  return `${dayPart} ${hour12}:${minutes}:${seconds} ${hours < 12 ? 'AM' : 'PM'}`;
}

const LLU_TIMESTAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/;

/** Reads LibreLinkUp timestamp text as UTC epoch ms; null when it is not in that format. */
export function parseLluTimestamp(text: string): number | null {
  const match = LLU_TIMESTAMP.exec(text);
  if (!match) return null;
  const [, month, day, year, hour, minute, second, half] = match.map((part) => part ?? '');
  const hour24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  return Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    hour24,
    Number(minute),
    Number(second),
  );
}

/** One IANA zone: its UTC offset at any instant and the local timestamp text. */
export interface ZoneClock {
  readonly timeZone: string;
  /** Local time minus UTC, in minutes, at that instant. */
  offsetMinutes(ms: number): number;
  /** The instant as the wearer's phone writes `Timestamp`. */
  localTimestamp(ms: number): string;
}

/** Throws RangeError for a zone name Intl does not know. */
export function createZoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // Intl is slow compared to the glucose model; offsets only change on quarter hours, so a
  // per-instance memo keeps a 30-day simulation fast without any shared state.
  const cache = new Map<number, number>();

  const compute = (ms: number): number => {
    const fields: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const asUtc = Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    );
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
  };

  const offsetMinutes = (ms: number): number => {
    const key = Math.floor(ms / OFFSET_CACHE_QUANTUM_MS);
    const known = cache.get(key);
    if (known !== undefined) return known;
    if (cache.size >= OFFSET_CACHE_LIMIT) cache.clear();
    const offset = compute(key * OFFSET_CACHE_QUANTUM_MS);
    cache.set(key, offset);
    return offset;
  };

  return {
    timeZone,
    offsetMinutes,
    localTimestamp: (ms) => formatLluTimestamp(ms + offsetMinutes(ms) * MINUTE_MS),
  };
}

/** Whether Intl accepts the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    createZoneClock(timeZone);
    return true;
  } catch {
    return false;
  }
}

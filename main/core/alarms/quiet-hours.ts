import type { Settings } from '../../../common/settings';

/** 'HH:MM' (24-hour) → minutes after midnight; null when malformed. */
export function parseClockMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/**
 * Whether `minutesOfDay` lies in [start, end). A window whose end is before its start runs over
 * midnight (22:00–07:00). start == end is an empty window, not a whole day: silencing everything
 * must take a deliberate pause, not a typo. Malformed times also count as "not quiet": when in
 * doubt, a notification is safer than silence.
 */
export function isWithinQuietHours(
  quietHours: Settings['quietHours'],
  minutesOfDay: number,
): boolean {
  if (!quietHours.enabled || !Number.isFinite(minutesOfDay)) return false;
  const start = parseClockMinutes(quietHours.start);
  const end = parseClockMinutes(quietHours.end);
  if (start === null || end === null || start === end) return false;
  const m = ((Math.floor(minutesOfDay) % 1440) + 1440) % 1440;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

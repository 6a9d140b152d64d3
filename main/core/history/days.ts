/** UTC day arithmetic for day files. Days are counted from 1970-01-01 (day 0). */
export const DAY_MS = 86_400_000;

const NAME = /^(\d{4})-(\d{2})-(\d{2})\.bin$/;

export function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

export function dayStart(day: number): number {
  return day * DAY_MS;
}

export function dayFileName(day: number): string {
  return `${new Date(day * DAY_MS).toISOString().slice(0, 10)}.bin`;
}

/** The day a file name stands for, or null when the name is not exactly one of ours. */
export function parseDayFileName(name: string): number | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = dayOf(time);
  // Date.UTC rolls 2026-02-31 over to March; such a name is not one we would have written.
  return dayFileName(day) === name ? day : null;
}

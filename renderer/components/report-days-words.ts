// Every word the report's small multiples show or say, in one place so the catalog (i18n) can
// take them over in one move.
import type { Units } from '../../preload/contract';
import type { DayProfile } from '../../common/history';
import { formatGlucose, unitLabel } from '../../common/glucose/units';
import { CONSENSUS_TARGETS } from '../../common/glucose/range';

// A profile's date is the wearer's calendar day: format it as that date, never shifted by the
// viewer's zone.
const short = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const long = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const dateOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export const DAYS_TITLE = 'Day by day';

/** What the small graphs show, e.g. "Midnight to midnight, band 70–180 mg/dL, ▼ lows". */
export function daysCaption(unit: Units): string {
  const band = `${formatGlucose(CONSENSUS_TARGETS.lowMgdl, unit)}–${formatGlucose(CONSENSUS_TARGETS.highMgdl, unit)}`;
  return `Midnight to midnight against ${band} ${unitLabel(unit)}; % in range; ▼ low episodes`;
}

/** "Mon 9". */
export function dayLabel(date: string): string {
  return short.format(dateOf(date));
}

/** The day's share in range as shown under its graph, "72%", or "—" without readings. */
export function dayShare(day: DayProfile): string {
  return day.readings === 0 ? '—' : `${Math.round(day.timeInRange.inRange * 100)}%`;
}

/** The day a screen reader names, "Monday 9 March". */
export function dayName(date: string): string {
  return long.format(dateOf(date));
}

/** What a screen reader says after the day's name, ": 72% in range, 2 low episodes, …". */
export function dayDetails(day: DayProfile, unit: Units, privacy: boolean): string {
  if (privacy) return ': hidden in privacy mode.';
  if (day.readings === 0 || day.lowestMgdl === null || day.highestMgdl === null)
    return ': no readings.';
  const lows =
    day.lows === 0
      ? 'no low episodes'
      : day.lows === 1
        ? '1 low episode'
        : `${day.lows} low episodes`;
  const v = (mgdl: number) => `${formatGlucose(mgdl, unit)} ${unitLabel(unit)}`;
  return (
    `: ${dayShare(day)} in range, ${lows}, ` +
    `lowest ${v(day.lowestMgdl)}, highest ${v(day.highestMgdl)}.`
  );
}

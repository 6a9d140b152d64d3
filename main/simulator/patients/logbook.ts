/**
 * The wearer's logbook: about 14 days of scans (the wearer opening the app a few times a day)
 * and alarms (crossing the low, fixed-low and high levels), newest first.
 */
import { createRandom, hash32 } from '../random';
import type { PatientTimeline, SimReading } from './timeline';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
export const LOGBOOK_SPAN_MS = 14 * DAY_MINUTES * MINUTE_MS;
const FIXED_LOW_MGDL = 55;
/** The same alarm does not sound again within this many minutes. */
const ALARM_REARM_MINUTES = 30;
const GRID_MINUTES = 5;

/** alarmType: 0 fixed (urgent) low, 1 low, 2 high. */
export type AlarmType = 0 | 1 | 2;

export interface LogbookEntry {
  reading: SimReading;
  type: 1 | 3;
  alarmType?: AlarmType;
}

interface AlarmLevel {
  alarmType: AlarmType;
  crossed: (mgdl: number) => boolean;
}

function scanEntries(timeline: PatientTimeline, fromMinute: number, toMinute: number) {
  const entries: LogbookEntry[] = [];
  const seed = timeline.profile.physiology.seed;
  // Scans are planned per local day; a plan may start the day before the window.
  const firstDay = timeline.localDayOf(fromMinute) - 1;
  for (let day = firstDay; day <= timeline.localDayOf(toMinute); day += 1) {
    const random = createRandom(hash32(seed, 'scans', day));
    const count = random.int(3, 8);
    const midnight = timeline.midnightOf(day);
    for (let i = 0; i < count; i += 1) {
      const minute = midnight + random.int(7 * 60, 23 * 60);
      if (minute < fromMinute || minute > toMinute) continue;
      const reading = timeline.readingAt(minute);
      if (reading) entries.push({ reading, type: 1 });
    }
  }
  return entries;
}

function alarmEntries(timeline: PatientTimeline, fromMinute: number, toMinute: number) {
  const { alarmLow, alarmHigh } = timeline.profile;
  const levels: AlarmLevel[] = [
    { alarmType: 0, crossed: (mgdl) => mgdl < FIXED_LOW_MGDL },
    { alarmType: 1, crossed: (mgdl) => mgdl < alarmLow },
    { alarmType: 2, crossed: (mgdl) => mgdl > alarmHigh },
  ];
  const entries: LogbookEntry[] = [];
  const lastAlarm = new Map<AlarmType, number>();
  let previous: number | null = null;
  // Coarse 5-minute steps, refined to the exact minute only where a level was crossed.
  for (let minute = fromMinute; minute <= toMinute; minute += GRID_MINUTES) {
    const current = timeline.mgdlAt(minute);
    if (current !== null && previous !== null) {
      for (const level of levels) {
        if (level.crossed(previous) || !level.crossed(current)) continue;
        let at = minute;
        for (let m = minute - GRID_MINUTES + 1; m < minute; m += 1) {
          const candidate = timeline.mgdlAt(m);
          if (candidate !== null && level.crossed(candidate)) {
            at = m;
            break;
          }
        }
        const last = lastAlarm.get(level.alarmType);
        const reading = timeline.readingAt(at);
        if (!reading || (last !== undefined && at - last < ALARM_REARM_MINUTES)) continue;
        lastAlarm.set(level.alarmType, at);
        entries.push({ reading, type: 3, alarmType: level.alarmType });
      }
    }
    previous = current;
  }
  return entries;
}

/** Logbook entries within the last 14 days before `nowMs`, newest first. */
export function logbookEntries(timeline: PatientTimeline, nowMs: number): LogbookEntry[] {
  const toMinute = Math.floor(nowMs / MINUTE_MS) - 1;
  const fromMinute = Math.floor((nowMs - LOGBOOK_SPAN_MS) / MINUTE_MS) + 1;
  const entries = [
    ...scanEntries(timeline, fromMinute, toMinute),
    ...alarmEntries(timeline, fromMinute, toMinute),
  ];
  return entries.sort((a, b) => b.reading.time - a.reading.time || b.type - a.type);
}

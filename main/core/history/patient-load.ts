import { join } from 'node:path';
import type { HistoryContext, DayState } from './context';
import { parseDayFile, type ParsedDayFile } from './day-file';
import { dayFileName, parseDayFileName } from './days';
import { errnoOf } from './errors';
import { ReadingSeries } from './series';

// Enough to keep the disk busy without running into open-file limits on 90+ files.
const READ_CONCURRENCY = 8;

export interface LoadedPatient {
  series: ReadingSeries;
  days: Map<number, DayState>;
}

/** Reads and decodes one day file, reporting what is wrong with it. Throws when unreadable. */
export async function readDay(
  ctx: HistoryContext,
  patientId: string,
  dirName: string,
  day: number,
  report = true,
): Promise<ParsedDayFile & { bytes: number }> {
  const name = dayFileName(day);
  const bytes = await ctx.fs.readFile(join(ctx.root, dirName, name));
  const parsed = parseDayFile(bytes, day);
  if (report) {
    for (const issue of parsed.issues)
      ctx.report({ patientId, file: `${dirName}/${name}`, ...issue });
  }
  return { ...parsed, bytes: bytes.length };
}

async function listDays(
  ctx: HistoryContext,
  patientId: string,
  dirName: string,
): Promise<number[]> {
  const dir = join(ctx.root, dirName);
  let names: string[];
  try {
    names = await ctx.fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') {
      const detail = `folder unreadable (${errnoOf(error)})`;
      ctx.report({ patientId, file: dirName, kind: 'unreadable_file', records: 0, detail });
    }
    return [];
  }
  const days: number[] = [];
  for (const name of names) {
    const day = parseDayFileName(name);
    if (day !== null) days.push(day);
    // Left behind when a crash interrupted a rewrite; the original file is still intact.
    else if (ctx.fs.isLeftoverTemp?.(name) ?? name.endsWith('.bin.tmp'))
      await ctx.fs.remove(join(dir, name)).catch(() => {});
  }
  return days.sort((a, b) => a - b);
}

/** Loads every day file of one patient into one sorted, de-duplicated series. */
export async function loadPatient(
  ctx: HistoryContext,
  patientId: string,
  dirName: string,
): Promise<LoadedPatient> {
  const dayList = await listDays(ctx, patientId, dirName);
  const results = new Array<ParsedDayFile & { bytes: number }>(dayList.length);
  const failures = new Map<number, unknown>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < dayList.length) {
      const index = next++;
      const day = dayList[index]!;
      try {
        results[index] = await readDay(ctx, patientId, dirName, day);
      } catch (error) {
        failures.set(day, error);
      }
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));

  const days = new Map<number, DayState>();
  const parts: ReadingSeries[] = [];
  dayList.forEach((day, index) => {
    const result = results[index];
    if (!result) {
      const detail = `file unreadable (${errnoOf(failures.get(day))})`;
      const file = `${dirName}/${dayFileName(day)}`;
      ctx.report({ patientId, file, kind: 'unreadable_file', records: 0, detail });
      days.set(day, { status: 'unreadable', bytes: 0 });
      return;
    }
    const status =
      result.status === 'ok' ? 'ok' : result.status === 'damaged' ? 'dirty' : 'unsupported';
    days.set(day, { status, bytes: result.bytes });
    parts.push(result.series);
  });
  // Day files hold disjoint UTC days and each part is sorted, so joining them in day order gives
  // a sorted whole. Duplicates can still be on disk (another process, readings seconds apart on
  // both sides of midnight); the same 30 s rule as for appends drops them here.
  const series = ReadingSeries.concat(parts);
  const duplicates = series.dropDuplicates();
  if (duplicates > 0)
    ctx.logger.debug('history: duplicate readings ignored', { patientId, duplicates });
  return { series, days };
}

import type { Reading } from '../glucose/reading';
import type { DayState } from './context';
import { DAY_MS, dayFileName, dayStart } from './days';
import { HistoryError, errnoOf } from './errors';
import { readDay } from './patient-load';
import { enforceSizeLimit } from './patient-space';
import type { PatientState } from './patient-state';
import { HEADER_SIZE, RECORD_SIZE, encodeHeader, fieldsOf, writeRecord } from './record-format';

const newerFormat = (day: number) =>
  new Error(`${dayFileName(day)} has a newer format and is left untouched`);

/** Saves every pending day; throws HistoryError('write_failed') if any could not be saved. */
export async function flushPending(history: PatientState): Promise<void> {
  const { ctx, patientId, dirName } = history;
  const failures: unknown[] = [];
  for (const day of [...history.pending.keys()].sort((a, b) => a - b)) {
    try {
      await writeDay(history, day);
    } catch (error) {
      failures.push(error);
      const file = `${dirName}/${dayFileName(day)}`;
      ctx.logger.error('history: write failed', { patientId, file, error: errnoOf(error) });
    }
  }
  if (failures.length === 0) return;
  const unsaved = history.unsavedCount();
  const first = failures[0];
  const reason = first instanceof Error ? first.message : String(first);
  throw new HistoryError(
    'write_failed',
    `could not save ${unsaved} reading(s) to ${dirName}: ${reason}`,
    {
      cause: first,
      unsaved,
    },
  );
}

async function writeDay(history: PatientState, day: number): Promise<void> {
  const { ctx, pending, days } = history;
  let state = days.get(day);
  if (state?.status === 'unsupported') throw newerFormat(day);
  if (state?.status === 'unreadable') state = await reread(history, day);
  // Taken together and synchronously: readings accepted while the write is under way go to a
  // new pending list and are saved by the next flush, never twice and never lost.
  const batch = pending.get(day) ?? [];
  pending.delete(day);
  const before = state?.bytes ?? 0;
  try {
    if (state === undefined) {
      state = await createDay(history, day, batch);
      if (state === undefined) return;
    }
    const rewrite = state.status === 'dirty';
    // Another process may have added readings since this one read the file: keep them.
    if (rewrite) await reread(history, day, { mode: 'dirty', report: false });
    const data = rewrite ? encodeDay(history, day) : encodeBatch(day, batch, { withHeader: false });
    const growth = rewrite ? data.length - history.countedBytes(day) : data.length;
    if (!(await enforceSizeLimit(history, day, growth))) throw sizeLimit(ctx.maxBytes);
    await history.ensureDir();
    if (rewrite) await ctx.fs.replace(history.pathOf(day), data);
    else await ctx.fs.append(history.pathOf(day), data);
    const bytes = rewrite ? data.length : state.bytes + data.length;
    days.set(day, { status: 'ok', bytes });
  } catch (error) {
    pending.set(day, [...batch, ...(pending.get(day) ?? [])]);
    // An append can fail after writing part of the data: rewrite the whole day next time.
    days.set(day, { status: 'dirty', bytes: days.get(day)?.bytes ?? before });
    history.dirReady = false;
    throw error;
  }
}

const sizeLimit = (max: number) => new Error(`size limit of ${max} bytes per patient reached`);

/**
 * Writes a new day file, header included, only if no file exists: two processes appending to
 * one new day must not both write a header. Resolves undefined when written; when another
 * process created the file first, with that file's state, its readings merged into memory.
 */
async function createDay(
  history: PatientState,
  day: number,
  batch: readonly Reading[],
): Promise<DayState | undefined> {
  const { ctx, days } = history;
  const data = encodeBatch(day, batch, { withHeader: true });
  if (!(await enforceSizeLimit(history, day, data.length))) throw sizeLimit(ctx.maxBytes);
  await history.ensureDir();
  if (ctx.fs.create === undefined) {
    await ctx.fs.append(history.pathOf(day), data);
  } else if (!(await ctx.fs.create(history.pathOf(day), data))) {
    return (
      (await reread(history, day, { mode: 'keep', report: true })) ?? { status: 'dirty', bytes: 0 }
    );
  }
  days.set(day, { status: 'ok', bytes: data.length });
  return undefined;
}

interface RereadOptions {
  /**
   * `dirty` (for files that could not be read before): the day is then rewritten from memory.
   * `keep`: the file's own state is kept (ok stays ok).
   */
  mode: 'dirty' | 'keep';
  /** False for a file whose problems were reported when it was first read. */
  report: boolean;
}

/**
 * Reads a day file again and merges its intact readings into memory; undefined when it has
 * gone away meanwhile.
 */
async function reread(
  history: PatientState,
  day: number,
  { mode, report }: RereadOptions = { mode: 'dirty', report: true },
): Promise<DayState | undefined> {
  const { ctx, patientId, dirName, series, days } = history;
  let parsed: Awaited<ReturnType<typeof readDay>>;
  try {
    parsed = await readDay(ctx, patientId, dirName, day, report);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
    days.delete(day);
    return undefined;
  }
  if (parsed.status === 'unsupported') {
    days.set(day, { status: 'unsupported', bytes: parsed.bytes });
    throw newerFormat(day);
  }
  parsed.series.dropDuplicates();
  const cutoff = history.cutoff();
  const found = parsed.series.range(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  series.insert(found.filter((r) => r.time >= cutoff && !series.hasNear(r.time)));
  const ok = mode === 'keep' && parsed.status === 'ok';
  const state: DayState = { status: ok ? 'ok' : 'dirty', bytes: parsed.bytes };
  days.set(day, state);
  return state;
}

/** Rewrites a damaged day file from memory, so the damage is reported once, not every start. */
export async function repairDay(history: PatientState, day: number): Promise<void> {
  const { ctx, patientId, days } = history;
  if (days.get(day)?.status !== 'dirty' || history.pending.has(day)) return;
  const file = `${history.dirName}/${dayFileName(day)}`;
  const data = encodeDay(history, day);
  try {
    await ctx.fs.replace(history.pathOf(day), data);
    days.set(day, { status: 'ok', bytes: data.length });
    ctx.logger.info('history: repaired day file', { patientId, file });
  } catch (error) {
    ctx.logger.warn('history: could not repair day file', {
      patientId,
      file,
      error: errnoOf(error),
    });
  }
}

function encodeDay(history: PatientState, day: number): Uint8Array {
  const records = history.series.encode(dayStart(day), dayStart(day) + DAY_MS);
  const data = new Uint8Array(HEADER_SIZE + records.length);
  data.set(encodeHeader(day), 0);
  data.set(records, HEADER_SIZE);
  return data;
}

function encodeBatch(
  day: number,
  batch: readonly Reading[],
  { withHeader }: { withHeader: boolean },
): Uint8Array {
  const start = withHeader ? HEADER_SIZE : 0;
  const data = new Uint8Array(start + batch.length * RECORD_SIZE);
  if (withHeader) data.set(encodeHeader(day), 0);
  batch.forEach((r, i) => writeRecord(data, start + i * RECORD_SIZE, fieldsOf(r)));
  return data;
}

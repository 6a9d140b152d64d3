import type { Reading } from '../glucose/reading';
import type { HistoryContext } from './context';
import { DAY_MS } from './days';
import { HistoryError } from './errors';
import { createNodeHistoryFs } from './node-fs';
import { patientIdFromDirName } from './patient-dir';
import { PatientHistory } from './patient-history';
import { HEADER_SIZE, RECORD_SIZE } from './record-format';
import type { HistoryOptions, HistoryProblem, HistoryStore } from './types';

const DEFAULT_RETENTION_DAYS = 90;
// The duplicate rule lets through at most one reading per 30 s: 2880 a day.
const MAX_READINGS_PER_DAY = 2880;

/** Default size bound: the densest possible data for every day retention can keep, plus one. */
export function defaultMaxBytes(retentionDays: number): number {
  return (Math.ceil(retentionDays) + 1) * (HEADER_SIZE + MAX_READINGS_PER_DAY * RECORD_SIZE);
}

function checkOptions(options: HistoryOptions): { retentionDays: number; maxBytes: number } {
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) {
    throw new HistoryError('invalid_options', 'retentionDays must be a positive number');
  }
  const maxBytes = options.maxBytesPerPatient ?? defaultMaxBytes(retentionDays);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new HistoryError('invalid_options', 'maxBytesPerPatient must be a positive number');
  }
  if (!options.dir) throw new HistoryError('invalid_options', 'dir is required');
  return { retentionDays, maxBytes };
}

/**
 * Opens the reading history under `options.dir`. Nothing is read until a patient is first used;
 * that patient's files are then loaded once and kept in memory (compactly) from then on.
 */
export function openHistory(options: HistoryOptions): HistoryStore {
  const { retentionDays, maxBytes } = checkOptions(options);
  const problems: HistoryProblem[] = [];
  const ctx: HistoryContext = {
    root: options.dir,
    fs: options.fs ?? createNodeHistoryFs(),
    clock: options.clock,
    logger: options.logger,
    retentionMs: retentionDays * DAY_MS,
    maxBytes,
    report(problem) {
      problems.push(problem);
      const { patientId, file, kind, records, detail } = problem;
      options.logger.warn('history: problem in stored data', {
        patientId,
        file,
        kind,
        records,
        detail,
      });
    },
  };
  const patients = new Map<string, Promise<PatientHistory>>();
  let closed = false;

  function patient(patientId: string): Promise<PatientHistory> {
    if (closed) return Promise.reject(new HistoryError('closed', 'history store is closed'));
    let loading = patients.get(patientId);
    if (!loading) {
      loading = PatientHistory.load(ctx, patientId);
      patients.set(patientId, loading);
      // A failed load (which only a broken fs seam can cause) must not stick for the session.
      loading.catch(() => patients.delete(patientId));
    }
    return loading;
  }

  return {
    async append(patientId: string, readings: readonly Reading[]) {
      return (await patient(patientId)).append(readings);
    },
    async range(patientId: string, from: number, to: number) {
      return (await patient(patientId)).series.range(from, to);
    },
    async patients() {
      let names: string[];
      try {
        names = await ctx.fs.readdir(ctx.root);
      } catch {
        return [];
      }
      return names.map(patientIdFromDirName).filter((id): id is string => id !== null);
    },
    async latest(patientId: string) {
      return (await patient(patientId)).series.latest();
    },
    problems: () => problems.slice(),
    async prune() {
      if (closed) throw new HistoryError('closed', 'history store is closed');
      const loaded = await Promise.allSettled(patients.values());
      await Promise.all(
        loaded.map((r) => (r.status === 'fulfilled' ? r.value.prune() : Promise.resolve())),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      const loaded = await Promise.allSettled(patients.values());
      const results = await Promise.allSettled(
        loaded.map((r) => (r.status === 'fulfilled' ? r.value.settle() : Promise.resolve())),
      );
      let unsaved = 0;
      for (const r of loaded) if (r.status === 'fulfilled') unsaved += r.value.unsavedCount();
      const failure = results.find((r) => r.status === 'rejected');
      if (unsaved > 0 || failure) {
        options.logger.error('history: closed with unsaved readings', { unsaved });
        throw new HistoryError('write_failed', `closed with ${unsaved} unsaved reading(s)`, {
          cause: failure?.status === 'rejected' ? failure.reason : undefined,
          unsaved,
        });
      }
    },
  };
}

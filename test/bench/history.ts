import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reading } from '../../main/core/glucose/reading';
import { openHistory, patientDirName, type HistoryStore } from '../../main/core/history';
import { silentLogger, type Clock } from '../../main/core/ports';

const DAY = 86_400_000;
const MINUTE = 60_000;
const DAYS = 90;
const LOAD_RUNS = 7;
const QUERY_RUNS = 15;
const START = Date.UTC(2026, 0, 1);
const END = START + DAYS * DAY;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function dayOfMinutes(day: number): Reading[] {
  return Array.from({ length: 1440 }, (_, i) => ({
    time: START + day * DAY + i * MINUTE,
    mgdl: 100 + Math.round(60 * Math.sin((day * 1440 + i) / 90)),
    trend: 'flat' as const,
    sensorLimit: null,
    localOffsetMinutes: 60,
    source: 'live' as const,
  }));
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

/** Figures for the on-disk history with 90 days of minute data for one patient. */
export async function benchHistory(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'glucobar-bench-history-'));
  const clock: Clock = { now: () => END, setTimeout: () => ({}), clearTimeout: () => {} };
  const open = (): HistoryStore => openHistory({ dir, clock, logger: silentLogger });
  const gc = (globalThis as { gc?: () => void }).gc;
  const lines: string[] = [];
  try {
    const writer = open();
    const [writeMs] = await timed(async () => {
      for (let day = 0; day < DAYS; day++) await writer.append('p', dayOfMinutes(day));
    });
    lines.push(`write 90 days (${DAYS * 1440} readings, one append per day): ${ms(writeMs)}`);
    const live: number[] = [];
    for (let i = 0; i < 20; i++) {
      const [t] = await timed(() =>
        writer.append('p', [{ ...dayOfMinutes(0)[0]!, time: END + i * MINUTE }]),
      );
      live.push(t);
    }
    lines.push(`one live reading append (flushed to disk), median of 20: ${ms(median(live))}`);
    await writer.close();

    const loads: number[] = [];
    let store = open();
    for (let run = 0; run < LOAD_RUNS; run++) {
      store = open();
      const [t] = await timed(() => store.latest('p'));
      loads.push(t);
    }
    lines.push(
      `cold load of 90 days, fresh store each run, median of ${LOAD_RUNS}: ${ms(median(loads))}`,
    );

    for (const [label, span] of [
      ['24 h', DAY],
      ['7 d', 7 * DAY],
      ['90 d', 90 * DAY],
    ] as const) {
      const times: number[] = [];
      let count = 0;
      for (let run = 0; run < QUERY_RUNS; run++) {
        const [t, readings] = await timed(() => store.range('p', END - span, END));
        times.push(t);
        count = readings.length;
      }
      lines.push(
        `range ${label} (${count} readings), median of ${QUERY_RUNS}: ${ms(median(times))}`,
      );
    }

    const folder = join(dir, patientDirName('p'));
    let bytes = 0;
    const names = await readdir(folder);
    for (const name of names) bytes += (await stat(join(folder, name))).size;
    lines.push(`disk: ${names.length} files, ${bytes} bytes (${mb(bytes)})`);

    gc?.();
    const before = process.memoryUsage();
    const measured = open();
    await measured.latest('p');
    // ArrayBuffers are released by a background sweeper after a full GC: give it a moment.
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gc?.();
    const after = process.memoryUsage();
    lines.push(
      `memory after one more load${gc ? '' : ' (no --expose-gc: rough)'}: heap used ${mb(after.heapUsed)} ` +
        `(+${mb(after.heapUsed - before.heapUsed)}), typed arrays +${mb(after.arrayBuffers - before.arrayBuffers)}`,
    );
    await measured.close();
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

// Readings that cannot be trusted, through the real `glucobar status` (real client, history and
// state dir over HTTP): one dated in the future is never shown as current and never blocks the
// readings after it (also in --watch, which runs the app's core); a value no sensor can report
// is never shown as a number; neither reaches the history.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '../../../main/core/history';
import { silentLogger, systemClock } from '../../../main/core/ports';
import { createFakeClock } from '../../helpers/fake-clock';
import { runGlucobar } from '../../helpers/hostile-cli';
import { connection, type ReadingSpec } from '../../helpers/hostile-payloads';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server';

const MINUTE = 60_000;
let server: HostileServer;
let stateDir: string;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.connectionsFor = null;
  stateDir = mkdtempSync(join(tmpdir(), 'glucobar-readings-cli-'));
  return () => rmSync(stateDir, { recursive: true, force: true });
});

const serve = (reading: ReadingSpec) => {
  server.connections = [connection({ patientId: 'p-1', reading })];
};
const status = async (json: boolean) => {
  const args = ['status', ...(json ? ['--json'] : []), '--api-url', server.url];
  return runGlucobar(args, { stateDir });
};

async function stored(): Promise<number[]> {
  const history = openHistory({
    dir: join(stateDir, 'history'),
    clock: systemClock,
    logger: silentLogger,
  });
  const readings = await history.range('p-1', 0, Infinity);
  await history.close();
  return readings.map((r) => r.mgdl);
}

describe('a reading dated in the future', () => {
  it('beyond 5 minutes: no value, the view says the clock looks wrong, the history stays clean', async () => {
    serve({ time: Date.now() + 30 * MINUTE, mgdl: 250 });
    const human = await status(false);
    expect(human.code).toBe(0);
    expect(human.out[0]).toMatch(
      /^⚠ no current reading: Newest reading is dated 30 min ahead: .*clock looks wrong\. · Ada Example$/,
    );
    expect(human.out[0]).not.toMatch(/250/);
    const json = JSON.parse((await status(true)).out[0]!);
    expect(json).toMatchObject({
      ok: true,
      reading: null,
      readingProblem: { code: 'futureDated' },
    });
    expect(json.readingProblem.message).toMatch(/looks wrong/);
    expect(await stored()).toEqual([]);
  });

  it('within the tolerance: shown as current, age "just now"', async () => {
    serve({ time: Date.now() + 3 * MINUTE, mgdl: 131 });
    const human = await status(false);
    expect(human.out[0]).toMatch(/^131 mg\/dL → · just now · Ada Example$/);
    expect(await stored()).toEqual([131]);
  });

  it('never hides a newer trusted reading: the last good one is shown, with why the newest is not', async () => {
    serve({ time: Date.now() - 20 * MINUTE, mgdl: 140 });
    await status(true);
    serve({ time: Date.now() + 2 * 60 * MINUTE, mgdl: 250 });
    const human = await status(false);
    expect(human.out[0]).toMatch(
      /^⚠ no current reading \(last 140 mg\/dL (19|20) min ago\): Newest reading is dated 2 h ahead/,
    );
    expect(await stored()).toEqual([140]);
  });
});

describe('a value no sensor can report', () => {
  it.each([0, 65_536, 1e9])('%s mg/dL without HI/LO is never shown as a value', async (mgdl) => {
    serve({ time: Date.now() - MINUTE, mgdl });
    const human = await status(false);
    expect(human.out[0]).toMatch(
      /^⚠ no current reading: Newest reading is not a value a sensor can measure .* · Ada Example$/,
    );
    expect(human.out[0]).not.toMatch(new RegExp(`\\b${String(mgdl)}\\b`));
    const json = JSON.parse((await status(true)).out[0]!);
    expect(json).toMatchObject({
      ok: true,
      reading: null,
      readingProblem: { code: 'implausible' },
    });
    expect(JSON.stringify(json)).not.toMatch(new RegExp(`:${String(mgdl)}\\b`));
    expect(await stored()).toEqual([]);
  });

  it('HI and LO from the sensor are shown as HI and LO, and kept', async () => {
    serve({ time: Date.now() - 2 * MINUTE, mgdl: 39, isLow: true });
    expect((await status(false)).out[0]).toMatch(/^LO /);
    serve({ time: Date.now() - MINUTE, mgdl: 501, isHigh: true });
    expect((await status(false)).out[0]).toMatch(/^HI /);
    // Kept with their flag, at the edge of the measuring range (common/glucose/plausibility.ts).
    expect(await stored()).toEqual([40, 500]);
  });

  it('after a good reading, the good one stays current while it is fresh', async () => {
    serve({ time: Date.now() - 2 * MINUTE, mgdl: 118 });
    await status(true);
    serve({ time: Date.now() - MINUTE, mgdl: 0 });
    const json = JSON.parse((await status(true)).out[0]!);
    expect(json).toMatchObject({
      reading: { mgdl: 118, stale: false },
      readingProblem: { code: 'implausible' },
    });
    expect(await stored()).toEqual([118]);
  });
});

describe('status --watch (the app core) after a reading from the future', () => {
  it('shows the next normal readings instead of freezing on the future one', async () => {
    const clock = createFakeClock(Date.now());
    const start = clock.now();
    const before = server.count('connections');
    server.connectionsFor = (n) => [
      connection({
        patientId: 'p-1',
        reading:
          n - before === 1
            ? { time: start + 60 * MINUTE, mgdl: 250 }
            : { time: clock.now() - 30_000, mgdl: 100 + n - before },
      }),
    ];
    const lines: string[] = [];
    let stop = (): void => {};
    const interrupted = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const watching = runGlucobar(['status', '--watch', '--api-url', server.url], {
      stateDir,
      clock,
      interrupted,
      onLine: (line) => lines.push(line),
    });
    const realWait = () => new Promise<void>((resolve) => setTimeout(resolve, 150));
    // The poller's first poll is a timer too: time moves only when the test says so.
    const tick = async (ms: number) => {
      await realWait();
      await clock.advance(ms, realWait);
    };
    for (let i = 0; i < 40 && lines.length === 0; i++) await tick(1000);
    expect(lines[0]).toMatch(/^⚠ no current reading: Newest reading is dated 60 min ahead/);
    for (let i = 0; i < 20 && !/^10\d mg/.test(lines.at(-1) ?? ''); i++) await tick(15_000);
    stop();
    await watching;
    expect(lines.at(-1)).toMatch(/^10\d mg\/dL /);
    expect(lines.join('\n')).not.toMatch(/^250/m);
  });
});

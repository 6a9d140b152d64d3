// The real `glucobar` command (runCli, the real client, history and state dir) against a
// hostile server and a hostile disk: the value is always printed, nothing is lost, parallel
// runs share one login, exports survive pipes, and server text arrives clean.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNodeHistoryFs, openHistory, type HistoryFs } from '../../../main/core/history';
import { silentLogger, systemClock } from '../../../main/core/ports';
import { expectClean } from '../../helpers/hostile-expect';
import { runGlucobar } from '../../helpers/hostile-cli';
import { connection, HOSTILE_NAMES } from '../../helpers/hostile-payloads';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server';

let server: HostileServer;
let stateDir: string;

beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.connectionsFor = null;
  server.connections = [
    connection({ patientId: 'p-1', reading: { time: Date.now() - 60_000, mgdl: 123 } }),
  ];
  stateDir = mkdtempSync(join(tmpdir(), 'glucobar-hostile-cli-'));
  return () => rmSync(stateDir, { recursive: true, force: true });
});

interface RunOptions {
  historyFs?: HistoryFs;
  interrupted?: Promise<void>;
  dir?: string;
}

const run = (args: string[], options: RunOptions = {}) =>
  runGlucobar(args, { ...options, stateDir: options.dir ?? stateDir });

const status = (json: boolean, options: RunOptions = {}) =>
  run(['status', ...(json ? ['--json'] : []), '--api-url', server.url], options);

async function expectValueWithWarning(options: RunOptions, reason: RegExp) {
  const json = await status(true, options);
  expect(json.code).toBe(0);
  const result = JSON.parse(json.out[0]!);
  expect(result).toMatchObject({ ok: true, reading: { mgdl: 123, stale: false } });
  expect(result.warning).toMatch(reason);
  const human = await status(false, options);
  expect(human.code).toBe(0);
  expect(human.out[0]).toMatch(/^123 mg\/dL .* · ⚠ could not save to the state dir/);
  expect(human.out[0]).toMatch(reason);
}

describe('a state dir that cannot be written never hides the value', () => {
  it('the state dir is below a file (nothing can be created)', async () => {
    const file = join(stateDir, 'a-file');
    writeFileSync(file, 'x');
    await expectValueWithWarning({ dir: join(file, 'state') }, /ENOTDIR/);
  });

  it('`history` is a file', async () => {
    writeFileSync(join(stateDir, 'history'), 'not a folder');
    await expectValueWithWarning({}, /reading history \((ENOTDIR|EEXIST)\)/);
  });

  it('`session.json` is a folder: the value is printed and no temp file is left behind', async () => {
    mkdirSync(join(stateDir, 'session.json'));
    await expectValueWithWarning({}, /session token \((EISDIR|ENOTEMPTY|EEXIST)\)/);
    expect(readdirSync(stateDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a full disk (ENOSPC) for the history', async () => {
    const full = (): Promise<never> =>
      Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }));
    const historyFs: HistoryFs = {
      ...createNodeHistoryFs(),
      create: full,
      append: full,
      replace: full,
    };
    await expectValueWithWarning({ historyFs }, /reading history \(ENOSPC\)/);
  });

  it('prints no warning when everything was saved', async () => {
    const { out } = await status(true);
    expect(JSON.parse(out[0]!).warning).toBeUndefined();
  });
});

describe('parallel runs', () => {
  // A first run ever also finds no state dir at all: the runs must still share one login.
  it.each([
    ['an empty state dir', ''],
    ['no state dir yet', 'not-yet'],
  ])('8 parallel first runs lose no reading and sign in once (%s)', async (_case, sub) => {
    const dir = join(stateDir, sub);
    const base = Date.now() - 20 * 60_000;
    const first = server.count('connections');
    // Each connections request sees a newer reading, a minute apart: 8 runs, 8 readings.
    server.connectionsFor = (n) => [
      connection({
        patientId: 'p-1',
        reading: { time: base + (n - first) * 60_000, mgdl: 100 + n - first },
      }),
    ];
    const loginsBefore = server.count('login');
    const runs = await Promise.all(Array.from({ length: 8 }, () => status(true, { dir })));
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0));
    expect(server.count('login') - loginsBefore).toBe(1);
    const history = openHistory({
      dir: join(dir, 'history'),
      clock: systemClock,
      logger: silentLogger,
    });
    const stored = await history.range('p-1', 0, Infinity);
    expect(stored.map((r) => r.mgdl)).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
    expect(history.problems()).toEqual([]);
    await history.close();
  });
});

describe('export', () => {
  it('works after a watch-only collection, with the person’s name', async () => {
    let stop = (): void => {};
    const interrupted = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const watching = run(['status', '--watch', '--json', '--api-url', server.url], {
      interrupted,
    });
    const deadline = Date.now() + 15_000;
    while (!readdirSync(stateDir).includes('patients.json') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stop();
    await watching;
    const exported = await run(['export', '--format', 'csv', '--days', '1']);
    expect(exported.code).toBe(0);
    expect(exported.out[0]).toMatch(/^# patient: Ada Example/);
    expect(exported.out.join('\n')).toMatch(/,123,/);
  });

  it('works with a damaged patients.json: the history is intact', async () => {
    await status(true);
    writeFileSync(join(stateDir, 'patients.json'), '{"p-1": "Ada", broken');
    const exported = await run(['export', '--format', 'csv', '--days', '1']);
    expect(exported.code).toBe(0);
    expect(exported.out.join('\n')).toMatch(/,123,/);
  });
});

describe('server text arrives clean in every CLI view', () => {
  for (const [kind, name] of Object.entries(HOSTILE_NAMES)) {
    it(`${kind}: status line, JSON, export header and export messages`, async () => {
      server.connections = [
        connection({
          patientId: 'p-1',
          firstName: name,
          lastName: name,
          reading: { time: Date.now() - 60_000, mgdl: 123 },
        }),
      ];
      const human = await status(false);
      expectClean(human.out[0]!);
      expect(human.out[0]).toMatch(/^123 mg\/dL /);
      const json = JSON.parse((await status(true)).out[0]!);
      expectClean(json.patient.name);
      const csv = await run(['export', '--format', 'csv', '--days', '1']);
      const header = csv.out[0]!.split('\r\n')[0]!;
      expect(header).toMatch(/^# patient: Ada/);
      expectClean(header);
      const missing = await run(['export', '--patient', 'nobody']);
      expectClean(missing.out[0]!);
    });
  }
});

import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStderrLogger } from '../../../main/core/stderr-logger';
import { runCli } from '../../../main/cli/run';
import type { CliIo } from '../../../main/cli/context';
import { systemClock } from '../../../main/core/ports';
import { startSimulator, type Simulator } from '../../../main/simulator';

let sim: Simulator;
let stateDir: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: 7 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.control.clear();
  sim.control.resetCounts();
  stateDir = mkdtempSync(join(tmpdir(), 'glucobar-cli-'));
  return () => rmSync(stateDir, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    // XDG_CONFIG_HOME: a running app's endpoint on this machine must not answer these tests.
    env: {
      GLUCOBAR_EMAIL: sim.demo.email,
      GLUCOBAR_PASSWORD: sim.demo.password,
      XDG_CONFIG_HOME: stateDir,
      ...env,
    },
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger: createStderrLogger((line) => err.push(line), 'warn'),
    interrupted: new Promise(() => {}),
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

const base = () => ['--api-url', sim.apiUrl, '--state-dir', stateDir];

describe('glucobar status', () => {
  it('prints one JSON line with the documented fields', async () => {
    const { code, out } = await run(['status', '--json', ...base()]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(result.ok).toBe(true);
    expect(Object.keys(result).sort()).toEqual([
      'ok',
      'patient',
      'reading',
      'sensor',
      'source',
      'title',
    ]);
    expect(result.source).toBe('direct');
    expect(result.sensor.state).toMatch(/^(warmingUp|active|ended|unknown)$/);
    expect(Object.keys(result.sensor).sort()).toEqual([
      'activatedAt',
      'endsAt',
      'state',
      'warmupEndsAt',
    ]);
    expect(Object.keys(result.reading).sort()).toEqual(
      [
        'ageSeconds',
        'arrow',
        'deltaMgdl',
        'mgdl',
        'mmol',
        'range',
        'sensorLimit',
        'stale',
        'time',
        'trend',
        'units',
        'value',
      ].sort(),
    );
    expect(result.reading.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(['fallingQuickly', 'falling', 'flat', 'rising', 'risingQuickly', 'unknown']).toContain(
      result.reading.trend,
    );
    const live = sim.control.liveReading(result.patient.id);
    expect(result.reading.mgdl).toBe(live?.mgdl);
  });

  it('a second run with the same state dir does not log in again', async () => {
    await run(['status', ...base()]);
    const logins = sim.control.counts().byEndpoint.login;
    expect(logins).toBeGreaterThan(0);
    const second = await run(['status', ...base()]);
    expect(second.code).toBe(0);
    expect(sim.control.counts().byEndpoint.login).toBe(logins);
  });

  it('keeps its token cache mode 0600 and never writes the password', async () => {
    await run(['status', ...base()]);
    const file = join(stateDir, 'session.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain(sim.demo.password);
  });

  it('prints a human line by default', async () => {
    const { code, out } = await run(['status', ...base(), '--units', 'mg/dL']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^\d+ mg\/dL [↓↘→↗↑?].* · .+ · .+$/);
  });

  it('selects a patient by name and reports an unknown one with exit 1', async () => {
    const names = sim.control.patients().map((p) => p.firstName);
    const ok = await run(['status', '--json', ...base(), '--patient', names[1]!]);
    expect(JSON.parse(ok.out[0]!).patient.name).toContain(names[1]);
    const missing = await run(['status', '--json', ...base(), '--patient', 'Nobody']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out[0]!).error.code).toBe('patient_not_found');
  });

  it('wrong password: exit 1 with bad_credentials, and the password appears nowhere', async () => {
    const { code, out, err } = await run(['status', '--json', ...base()], {
      GLUCOBAR_PASSWORD: 'hunter2-wrong',
    });
    expect(code).toBe(1);
    expect(JSON.parse(out[0]!).error.code).toBe('bad_credentials');
    expect([...out, ...err].join('\n')).not.toContain('hunter2-wrong');
  });

  it('a refused password is not retried by the next runs (a status bar must not cause a lockout)', async () => {
    const env = { GLUCOBAR_PASSWORD: 'hunter2-wrong' };
    expect((await run(['status', '--json', ...base()], env)).code).toBe(1);
    const logins = sim.control.counts().byEndpoint.login;
    for (let i = 0; i < 4; i += 1) {
      const again = await run(['status', '--json', ...base()], env);
      expect(JSON.parse(again.out[0]!).error).toMatchObject({ code: 'bad_credentials' });
      // Not a countdown: the same credentials are never sent again (issue #14).
      expect(JSON.parse(again.out[0]!).error.retryAfterSeconds).toBeUndefined();
    }
    expect(sim.control.counts().byEndpoint.login).toBe(logins);
    expect(readFileSync(join(stateDir, 'session.json'), 'utf8')).not.toContain('hunter2-wrong');
  });

  it('rate limit: exit 1 with the retry time', async () => {
    sim.control.inject({ kind: 'rateLimited', retryAfter: 120, endpoint: 'connections' });
    const { code, out } = await run(['status', '--json', ...base()]);
    expect(code).toBe(1);
    expect(JSON.parse(out[0]!).error).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 120,
    });
  });

  it('terms to accept: status names the document, accept-terms continues explicitly', async () => {
    sim.control.inject({ kind: 'terms', steps: ['tou'] });
    const first = await run(['status', '--json', ...base()]);
    expect(JSON.parse(first.out[0]!).error).toMatchObject({
      code: 'terms_required',
      document: 'tou',
    });
    const accepted = await run(['accept-terms', '--json', ...base()]);
    expect(accepted.code).toBe(0);
    const after = await run(['status', '--json', ...base()]);
    expect(JSON.parse(after.out[0]!).ok).toBe(true);
  });

  it('bad usage exits 2 and never accepts a password on the command line', async () => {
    expect((await run(['status', '--password', 'x'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['status', '--units', 'furlongs'])).code).toBe(2);
    expect((await run(['export', '--days', 'many'])).code).toBe(2);
  });

  it('no credentials and no cached token: a clear error', async () => {
    const { code, out } = await run(['status', '--json', ...base()], {
      GLUCOBAR_EMAIL: '',
      GLUCOBAR_PASSWORD: '',
    });
    expect(code).toBe(1);
    expect(JSON.parse(out[0]!).error.code).toBe('credentials_missing');
  });
});

describe('glucobar export', () => {
  it('exports what status collected as CSV', async () => {
    await run(['status', ...base()]);
    const { code, out } = await run([
      'export',
      '--format',
      'csv',
      '--days',
      '90',
      '--state-dir',
      stateDir,
    ]);
    expect(code).toBe(0);
    const lines = out
      .join('\n')
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('#'));
    expect(lines[0]).toBe('time_utc,local_time,mgdl,mmol,trend,sensor_limit,source');
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });

  it('explains when there is nothing yet', async () => {
    const { code, out } = await run(['export', '--state-dir', stateDir]);
    expect(code).toBe(1);
    expect(out[0]).toContain('No history yet');
  });
});

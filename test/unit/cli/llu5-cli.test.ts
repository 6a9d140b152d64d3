// The CLI side of issue #14's LibreLinkUp 5 preparation: a status bar running `glucobar status`
// once a minute reaches `api_changed` like the app, and the installation id lives in the state
// dir. The real CLI against the simulator.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/context';
import { runCli } from '../../../main/cli/run';
import { API_CHANGE_THRESHOLD } from '../../../main/core/llu/api-change';
import { silentLogger, systemClock } from '../../../main/core/ports';
import { startSimulator, type Simulator } from '../../../main/simulator';

let sim: Simulator;
let stateDir: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: 9 });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.clear();
  stateDir = mkdtempSync(join(tmpdir(), 'glucobar-cli-llu5-'));
  return () => rmSync(stateDir, { recursive: true, force: true });
});

async function status(
  extra: string[] = [],
): Promise<{ code: number; json: Record<string, unknown> }> {
  const out: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: () => {},
    env: {
      GLUCOBAR_EMAIL: sim.demo.email,
      GLUCOBAR_PASSWORD: sim.demo.password,
      XDG_CONFIG_HOME: stateDir,
    },
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger: silentLogger,
    interrupted: new Promise(() => {}),
  };
  const code = await runCli(
    ['status', '--json', '--direct', '--api-url', sim.apiUrl, '--state-dir', stateDir, ...extra],
    io,
  );
  return { code, json: JSON.parse(out[0] ?? '{}') as Record<string, unknown> };
}

const errorCode = (json: Record<string, unknown>) => (json.error as { code?: string }).code;

describe('glucobar status and LibreLinkUp 5', () => {
  it('runs in a row that all meet an unknown answer end in api_changed (exit 1)', async () => {
    expect((await status()).code).toBe(0);
    sim.control.inject({ kind: 'apiChanged', variant: 'encrypted', endpoint: 'connections' });
    const seen: (string | undefined)[] = [];
    for (let run = 0; run < API_CHANGE_THRESHOLD; run++)
      seen.push(errorCode((await status()).json));
    expect(seen).toEqual(['bad_response', 'bad_response', 'api_changed']);
    const last = await status();
    expect(last.code).toBe(1);
    expect((last.json.error as { message: string }).message).toMatch(/LibreLinkUp has changed/);
    sim.control.clear();
    expect((await status()).json.ok).toBe(true);
  });

  it('keeps one installation id in the state dir across runs', async () => {
    await status();
    const read = () =>
      JSON.parse(readFileSync(join(stateDir, 'installation.json'), 'utf8')) as {
        installationId: string;
      };
    const first = read().installationId;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    rmSync(join(stateDir, 'session.json'));
    await status();
    expect(read().installationId).toBe(first);
  });
});

describe('glucobar status --sensor-days', () => {
  const DAY = 86_400_000;
  const sensorOf = (json: Record<string, unknown>) =>
    json.sensor as { activatedAt: string; endsAt: string };
  const lifetime = (json: Record<string, unknown>) =>
    (Date.parse(sensorOf(json).endsAt) - Date.parse(sensorOf(json).activatedAt)) / DAY;

  it('ends the sensor after 14 days unless told 15 (Plus sensors)', async () => {
    expect(lifetime((await status()).json)).toBe(14);
    expect(lifetime((await status(['--sensor-days', '15'])).json)).toBe(15);
  });

  it('refuses another lifetime as bad usage', async () => {
    expect((await status(['--sensor-days', '21'])).code).toBe(2);
  });
});

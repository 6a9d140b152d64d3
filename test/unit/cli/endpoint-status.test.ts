// `glucobar status` in-process, answered by an endpoint served from a fake core: which endpoint
// it asks, which it skips, and what it prints.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/context';
import { appUserDataDir } from '../../../main/cli/endpoint-dirs';
import { parseCommand } from '../../../main/cli/args';
import { statusFromEndpoint } from '../../../main/cli/endpoint-status';
import { startEndpointServer, type EndpointServer } from '../../../main/core/endpoint/server';
import { silentLogger, systemClock } from '../../../main/core/ports';
import { fakeSource, MINUTE, offlineSession, patient, snapshotAt } from '../endpoint/fixtures';

let home: string;
let servers: EndpointServer[];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'glucobar-status-ep-'));
  servers = [];
});
afterEach(async () => {
  for (const server of servers) await server.close();
  rmSync(home, { recursive: true, force: true });
});

const env = () => ({ XDG_CONFIG_HOME: join(home, 'config') });

async function serve(
  role: 'app' | 'daemon',
  runDir: string,
  snapshot = snapshotAt(Date.now(), Date.now() - MINUTE),
) {
  const fake = fakeSource(snapshot);
  servers.push(
    await startEndpointServer({ runDir, role, source: fake.source, logger: silentLogger }),
  );
  return fake;
}

async function status(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: env(),
    fetch: () => Promise.reject(new Error('no LibreLinkUp in this test')),
    clock: systemClock,
    logger: silentLogger,
    interrupted: new Promise(() => {}),
  };
  const command = parseCommand(['status', '--state-dir', join(home, 'state'), ...args]);
  if (command.name !== 'status') throw new Error('not status');
  const code = await statusFromEndpoint(command, io, 'linux');
  return { code, out, err };
}

describe('status from a running app or daemon', () => {
  it('answers from the app when no daemon runs, and says so', async () => {
    await serve('app', join(appUserDataDir(env(), 'linux'), 'run'));
    const { code, out } = await status(['--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ ok: true, source: 'app', reading: { mgdl: 131 } });
  });

  it('prefers the daemon of its own state dir', async () => {
    await serve('app', join(appUserDataDir(env(), 'linux'), 'run'));
    await serve('daemon', join(home, 'state', 'run'));
    expect(JSON.parse((await status(['--json'])).out[0]!).source).toBe('daemon');
  });

  it('returns null (ask LibreLinkUp) when nothing runs', async () => {
    expect((await status(['--json'])).code).toBeNull();
  });

  it('does not take a demo picture for a real account, nor another person for --patient', async () => {
    const now = Date.now();
    await serve(
      'app',
      join(appUserDataDir(env(), 'linux'), 'run'),
      snapshotAt(now, now, { demo: true }),
    );
    expect((await status(['--json'])).code).toBeNull();
    await servers.pop()!.close();
    const two = [patient('p1', 'Ada', now), patient('p2', 'Bo', now)];
    await serve('daemon', join(home, 'state', 'run'), snapshotAt(now, now, { patients: two }));
    expect((await status(['--json', '--patient', 'Bo'])).code).toBeNull();
    expect(JSON.parse((await status(['--json', '--patient', 'Ada'])).out[0]!).source).toBe(
      'daemon',
    );
  });

  it('prints an error state as the error, never the last value as current', async () => {
    const now = Date.now();
    await serve(
      'daemon',
      join(home, 'state', 'run'),
      snapshotAt(now, now - 30 * MINUTE, { session: offlineSession }),
    );
    const json = await status(['--json']);
    expect(json.code).toBe(1);
    const message =
      'Could not reach LibreLinkUp. Check the internet connection; Glucobar will try again.';
    expect(JSON.parse(json.out[0]!)).toEqual({
      ok: false,
      source: 'daemon',
      error: { code: 'offline', message },
    });
    expect((await status([])).out[0]).toBe(`⚠ ${message}`);
  });

  it('prints a stale value as not current', async () => {
    const now = Date.now();
    await serve('daemon', join(home, 'state', 'run'), snapshotAt(now, now - 25 * MINUTE));
    const line = (await status([])).out[0]!;
    expect(line).toMatch(/^⚠ no current reading \(last 131 mg\/dL 25 min ago\)/);
  });
});

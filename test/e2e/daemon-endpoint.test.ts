// `glucobar daemon` (the built command, a real child process) against the simulator over HTTP:
// status calls answered from its endpoint add no LibreLinkUp request and no login. The daemon
// announces client version 4.18.1; a status that went to LibreLinkUp itself would announce the
// version the status runs are given (4.19.0), so the simulator's request log tells the two apart
// (the control below proves it).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../main/simulator';

const CLI = 'out/main/cli.cjs';
const DAEMON_VERSION = '4.18.1';
const STATUS_VERSION = '4.19.0';
let sim: Simulator;
let home: string;
let stateDir: string;
let daemon: ChildProcess;
let daemonErr = '';

const env = () => ({
  ...process.env,
  GLUCOBAR_EMAIL: sim.demo.email,
  GLUCOBAR_PASSWORD: sim.demo.password,
  XDG_CONFIG_HOME: join(home, 'config'),
  GLUCOBAR_LOG: 'warn',
});

const common = () => [
  '--api-url',
  sim.apiUrl,
  '--state-dir',
  stateDir,
  '--client-version',
  STATUS_VERSION,
];

// Never spawnSync: it would block this process, and with it the simulator the commands talk to.
function run(args: string[], stopAfterMs?: number) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: env() });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), stopAfterMs ?? 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out: out.trim(), err });
    });
  });
}

const status = (...args: string[]) => run(['status', ...common(), ...args]);

/** `status --watch` for `ms`, then SIGINT (as Ctrl-C); returns every line it printed. */
async function watch(ms: number, ...args: string[]): Promise<string[]> {
  const { out } = await run(['status', '--watch', ...common(), ...args], ms);
  return out.split('\n').filter(Boolean);
}

const requestsFromStatus = () =>
  sim.control.requests().filter((entry) => entry.version === STATUS_VERSION);

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  sim = await startSimulator({ seed: 11 });
  home = mkdtempSync(join(tmpdir(), 'glucobar-daemon-'));
  stateDir = join(home, 'state');
  daemon = spawn(
    process.execPath,
    [
      CLI,
      'daemon',
      '--api-url',
      sim.apiUrl,
      '--state-dir',
      stateDir,
      '--client-version',
      DAEMON_VERSION,
    ],
    { env: env() },
  );
  daemon.stderr!.on('data', (chunk: Buffer) => (daemonErr += chunk.toString()));
  const started = Date.now();
  while (!daemonErr.includes('glucobar daemon: ok:')) {
    if (Date.now() - started > 30_000) throw new Error(`daemon did not connect:\n${daemonErr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(async () => {
  daemon?.kill('SIGTERM');
  await new Promise((r) => daemon?.once('close', r));
  await sim?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('glucobar daemon and status over the local endpoint', () => {
  it('answers status --json three times and --watch without any LibreLinkUp request', async () => {
    const before = sim.control.counts();
    const answers = [await status('--json'), await status('--json'), await status('--json')];
    for (const answer of answers) {
      expect(answer.code).toBe(0);
      const json = JSON.parse(answer.out);
      expect(json.ok).toBe(true);
      expect(json.source).toBe('daemon');
      const live = sim.control.liveReading(json.patient.id);
      expect(json.reading.stale).toBe(false);
      expect(Math.abs(json.reading.mgdl - live!.mgdl)).toBeLessThan(40);
    }
    const lines = await watch(7_000, '--json');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).source).toBe('daemon');
    const after = sim.control.counts();
    expect(requestsFromStatus()).toEqual([]);
    expect(after.logins.success).toBe(before.logins.success);
    expect(after.byEndpoint.login).toBe(before.byEndpoint.login);
    // The daemon itself polls at most 4 a minute; nothing else arrived in these ~10 seconds.
    expect(after.byEndpoint.connections - before.byEndpoint.connections).toBeLessThanOrEqual(4);
  });

  it('keeps patients.json, so an export names the people the daemon collected', async () => {
    // Before any direct status run below, which would write the file itself.
    const names: Record<string, string> = JSON.parse(
      readFileSync(join(stateDir, 'patients.json'), 'utf8'),
    );
    const [wearer] = sim.control.patients();
    expect(Object.values(names).join(' ')).toContain(wearer!.firstName);
  });

  it('the measurement sees a status that does ask LibreLinkUp (control)', async () => {
    const direct = await status('--json', '--direct');
    expect(JSON.parse(direct.out).source).toBe('direct');
    expect(requestsFromStatus().length).toBeGreaterThan(0);
  });

  it('a socket with the wrong mode bits is not used: status says why and asks LibreLinkUp itself', async () => {
    const socket = join(stateDir, 'run', 'glucobar.sock');
    chmodSync(socket, 0o666);
    try {
      const answer = await status('--json');
      expect(answer.err).toContain('mode 0666, expected 0600');
      expect(JSON.parse(answer.out).source).toBe('direct');
    } finally {
      chmodSync(socket, 0o600);
    }
    chmodSync(join(stateDir, 'run'), 0o755);
    try {
      const answer = await status('--json');
      expect(answer.err).toContain('the directory has mode 0755, expected 0700');
      expect(JSON.parse(answer.out).source).toBe('direct');
    } finally {
      chmodSync(join(stateDir, 'run'), 0o700);
    }
    expect(JSON.parse((await status('--json')).out).source).toBe('daemon');
  });

  it('a second daemon on the same state dir refuses to start', async () => {
    const second = await run(['daemon', '--api-url', sim.apiUrl, '--state-dir', stateDir]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('already serves');
  });
});

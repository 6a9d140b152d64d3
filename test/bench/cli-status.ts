// Wall time of one `glucobar status` (the built command, a fresh Node process each time, as a
// status bar runs it): answered by a running daemon over the local endpoint, and directly from
// LibreLinkUp (here the simulator) with a cached token. Median of 20 each.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../../main/simulator';

const CLI = 'out/main/cli.cjs';
const RUNS = 20;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Asynchronous spawn only: the simulator answers from this process's event loop.
function timedRun(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ ms: performance.now() - started, out }));
  });
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function benchCliStatus(): Promise<string[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing (npm run build)`);
  const sim: Simulator = await startSimulator({ seed: 5 });
  const home = await mkdtemp(join(tmpdir(), 'glucobar-bench-cli-'));
  const env = {
    ...process.env,
    GLUCOBAR_EMAIL: sim.demo.email,
    GLUCOBAR_PASSWORD: sim.demo.password,
    XDG_CONFIG_HOME: join(home, 'config'),
  };
  const base = ['--api-url', sim.apiUrl, '--state-dir', join(home, 'state'), '--json'];
  let daemon: ChildProcess | null = null;
  try {
    // Log in once, so the direct runs below reuse the cached token like a status bar would.
    const first = await timedRun(['status', ...base, '--direct'], env);
    if (!first.out.includes('"ok":true')) throw new Error(`direct status failed: ${first.out}`);
    const direct: number[] = [];
    for (let i = 0; i < RUNS; i += 1)
      direct.push((await timedRun(['status', ...base, '--direct'], env)).ms);
    const loginsDirect = sim.control.counts().logins.success;

    let daemonErr = '';
    daemon = spawn(process.execPath, [CLI, 'daemon', ...base.filter((a) => a !== '--json')], {
      env,
    });
    daemon.stderr!.on('data', (chunk: Buffer) => (daemonErr += chunk.toString()));
    await waitFor(() => daemonErr.includes('glucobar daemon: ok:'), 'the daemon to connect');
    const before = sim.control.counts().total;
    const viaDaemon: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await timedRun(['status', ...base], env);
      if (!run.out.includes('"source":"daemon"'))
        throw new Error(`not from the daemon: ${run.out}`);
      viaDaemon.push(run.ms);
    }
    const during = sim.control.counts().total - before;
    const help: number[] = [];
    for (let i = 0; i < 5; i += 1) help.push((await timedRun(['help'], env)).ms);
    return [
      `status answered by a running daemon: median ${median(viaDaemon).toFixed(0)} ms of ${RUNS} (min ${Math.min(...viaDaemon).toFixed(0)}, max ${Math.max(...viaDaemon).toFixed(0)})`,
      `status direct with a cached token:   median ${median(direct).toFixed(0)} ms of ${RUNS} (min ${Math.min(...direct).toFixed(0)}, max ${Math.max(...direct).toFixed(0)}); ${loginsDirect} login in all`,
      `for scale, glucobar help (Node start + bundle load): median ${median(help).toFixed(0)} ms of 5`,
      `LibreLinkUp requests while the ${RUNS} daemon-answered runs ran: ${during} (the daemon's own polling only)`,
    ];
  } finally {
    daemon?.kill('SIGTERM');
    if (daemon) await new Promise((r) => daemon!.once('close', r));
    await sim.close();
    await rm(home, { recursive: true, force: true });
  }
}

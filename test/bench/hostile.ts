// Hostile input against the built `glucobar status` (a fresh Node process per run, as a status
// bar runs it): the peak memory of a run that meets a 50 MB body and a gzip bomb (both refused
// as "too large" after 4 MiB), next to a normal run; and readings lost when 8 first runs start
// at once against one state dir. Figures only.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHistory } from '../../main/core/history';
import { silentLogger, systemClock } from '../../main/core/ports';
import { connection, HOSTILE_EMAIL, HOSTILE_PASSWORD } from '../helpers/hostile-payloads';
import { gzipBomb, startHostileServer, type HostileServer } from '../helpers/hostile-server';

const CLI = 'out/main/cli.cjs';
const MB = 1024 * 1024;
// Written into the child's --require file: its own peak RSS (kB on Linux), read after exit.
const PEAK = `process.on('exit', () => require('node:fs').writeFileSync(process.env.GLUCOBAR_PEAK_FILE, String(process.resourceUsage().maxRSS)));`;

interface Run {
  code: number | null;
  out: string;
  peakMb: number;
}

async function runStatus(server: HostileServer, home: string, name: string): Promise<Run> {
  const peakFile = join(home, `${name}.peak`);
  const args = ['-r', join(home, 'peak.cjs'), CLI, 'status', '--json', '--direct'];
  args.push('--api-url', server.url, '--state-dir', join(home, name));
  const env = {
    ...process.env,
    GLUCOBAR_EMAIL: HOSTILE_EMAIL,
    GLUCOBAR_PASSWORD: HOSTILE_PASSWORD,
    GLUCOBAR_PEAK_FILE: peakFile,
  };
  const { code, out } = await new Promise<{ code: number | null; out: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, args, { env });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, out: text.trim() }));
    },
  );
  const peakMb = Number(await readFile(peakFile, 'utf8')) / 1024;
  return { code, out, peakMb };
}

const errorCode = (run: Run) => {
  const parsed = JSON.parse(run.out) as { ok: boolean; error?: { code: string; message: string } };
  return parsed.ok ? 'value' : `${parsed.error?.code}: ${parsed.error?.message.slice(0, 60)}`;
};

export async function benchHostile(): Promise<string[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing (npm run build)`);
  const server = await startHostileServer();
  const home = await mkdtemp(join(tmpdir(), 'glucobar-bench-hostile-'));
  await writeFile(join(home, 'peak.cjs'), PEAK);
  try {
    const normal = await runStatus(server, home, 'normal');
    server.answer('connections', { kind: 'huge', bytes: 50 * MB });
    const huge = await runStatus(server, home, 'huge');
    // Compressed once beforehand (seconds of work), so the run meets the bomb, not a slow server.
    await gzipBomb(2048 * MB);
    server.answer('connections', { kind: 'bomb', bytes: 2048 * MB });
    const bomb = await runStatus(server, home, 'bomb');
    server.answer('connections', { kind: 'normal' });

    // 8 first runs at once, one state dir: each connections request sees a newer reading.
    const first = server.count('connections');
    const logins = server.count('login');
    const base = Date.now() - 20 * 60_000;
    server.connectionsFor = (n) => [
      connection({
        patientId: 'p-1',
        reading: { time: base + (n - first) * 60_000, mgdl: 100 + n - first },
      }),
    ];
    const parallel = await Promise.all(
      Array.from({ length: 8 }, () => runStatus(server, home, 'parallel')),
    );
    const history = openHistory({
      dir: join(home, 'parallel', 'history'),
      clock: systemClock,
      logger: silentLogger,
    });
    const stored = (await history.range('p-1', 0, Infinity)).length;
    await history.close();
    const served = server.count('connections') - first;
    return [
      `status, normal answer:          peak RSS ${normal.peakMb.toFixed(1)} MB (${errorCode(normal)})`,
      `status vs a 50 MB body:         peak RSS ${huge.peakMb.toFixed(1)} MB, exit ${huge.code} (${errorCode(huge)})`,
      `status vs a 2 GiB gzip bomb:    peak RSS ${bomb.peakMb.toFixed(1)} MB, exit ${bomb.code} (${errorCode(bomb)})`,
      `8 parallel first status runs: ${parallel.filter((r) => r.code === 0).length} exit 0, readings served ${served}, stored ${stored}, lost ${served - stored}; logins ${server.count('login') - logins}`,
    ];
  } finally {
    await server.close();
    await rm(home, { recursive: true, force: true });
  }
}

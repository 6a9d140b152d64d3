// The built `glucobar` process writing an export into a pipe: a slow reader gets every line,
// a reader that goes away early makes the exit status 1, never a false 0. Needs `npm run build`
// (npm test builds before the unit tests).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../../../main/core/history';
import { silentLogger, systemClock } from '../../../main/core/ports';

const CLI = join(process.cwd(), 'out', 'main', 'cli.cjs');
const READINGS = 20_000;
let stateDir: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  stateDir = mkdtempSync(join(tmpdir(), 'glucobar-export-pipe-'));
  const history = openHistory({
    dir: join(stateDir, 'history'),
    clock: systemClock,
    logger: silentLogger,
  });
  const now = Date.now();
  await history.append(
    'p-1',
    Array.from({ length: READINGS }, (_, i) => ({
      time: now - (i + 1) * 60_000,
      mgdl: 80 + (i % 120),
      trend: 'flat' as const,
      sensorLimit: null,
      localOffsetMinutes: 60,
      source: 'live' as const,
    })),
  );
  await history.close();
});
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

function exportInto(reader: 'slow' | 'closes-early') {
  const child = spawn(process.execPath, [CLI, 'export', '--days', '30', '--state-dir', stateDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (reader === 'slow') {
    // Nothing is read for a while: the pipe buffer (64 KiB) fills and the writer must wait.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 500);
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  } else {
    child.stdout.once('data', () => child.stdout.destroy());
  }
  return new Promise<{ code: number | null; lines: number; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, lines: text.split('\n').length - 1, stderr }));
  });
}

describe('export to a pipe', () => {
  it('a slow reader gets every reading, and the exit status is 0', async () => {
    const { code, lines } = await exportInto('slow');
    expect(code).toBe(0);
    // The patient line, the column line, one line per reading.
    expect(lines).toBe(READINGS + 2);
  });

  it('a reader that closes early (| head) gives exit status 1 and says so', async () => {
    const { code, stderr } = await exportInto('closes-early');
    expect(code).toBe(1);
    expect(stderr).toMatch(/closed before it was complete/);
  });
});

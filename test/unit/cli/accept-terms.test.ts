// `glucobar accept-terms` tells the truth: an acceptance only when a document was pending.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/context';
import { runCli } from '../../../main/cli/run';
import { systemClock } from '../../../main/core/ports';
import { createStderrLogger } from '../../../main/core/stderr-logger';
import { startSimulator, type Simulator } from '../../../main/simulator';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 3 });
});
afterAll(() => sim.close());

async function run(args: string[]) {
  const stateDir = mkdtempSync(join(tmpdir(), 'glucobar-terms-'));
  const out: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: () => {},
    env: { GLUCOBAR_EMAIL: sim.demo.email, GLUCOBAR_PASSWORD: sim.demo.password },
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger: createStderrLogger(() => {}, 'warn'),
    interrupted: new Promise(() => {}),
  };
  try {
    const code = await runCli([...args, '--api-url', sim.apiUrl, '--state-dir', stateDir], io);
    return { code, out };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}

describe('glucobar accept-terms', () => {
  it('with nothing pending says that nothing was pending', async () => {
    sim.control.clear();
    const text = await run(['accept-terms']);
    expect(text.code).toBe(0);
    expect(text.out.join('\n')).toMatch(/Nothing to accept/);
    expect(text.out.join('\n')).not.toMatch(/Accepted/);
    const json = await run(['accept-terms', '--json']);
    expect(JSON.parse(json.out[0]!)).toEqual({ ok: true, accepted: false, nothingPending: true });
  });

  it('with a document pending says it was accepted', async () => {
    sim.control.clear();
    sim.control.inject({ kind: 'terms', steps: ['tou'] });
    const json = await run(['accept-terms', '--json']);
    expect(JSON.parse(json.out[0]!)).toEqual({ ok: true, accepted: true, nothingPending: false });
  });
});

// The command installs as a real `glucobar` on the PATH from a checkout (README, "Installing the
// command"): npm install -g into a throw-away prefix, then run it from there by name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('npm install -g --prefix DIR . gives a glucobar command that runs', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'glucobar-prefix-'));
  try {
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '.'], {
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
    const which = spawnSync('sh', ['-c', 'command -v glucobar'], { env, encoding: 'utf8' });
    expect(which.stdout.trim()).toBe(join(prefix, 'bin', 'glucobar'));
    const help = spawnSync('glucobar', ['help'], { env, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('glucobar daemon');
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installCommand, loginShellPathDirs } from '../../../main/core/command/install-command';
import { installWords } from '../../../main/core/command/install-words';

function machine() {
  const root = mkdtempSync(join(tmpdir(), 'glucobar-install-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const app = join(root, 'Glucobar');
  writeFileSync(app, '#!/bin/sh\necho "app:$*"\n');
  chmodSync(app, 0o755);
  return { root, home, app, local: join(home, '.local', 'bin') };
}

describe('installing the glucobar command', () => {
  it('writes an executable shim into ~/.local/bin that runs the app as the command', async () => {
    const m = machine();
    const outcome = await installCommand({
      platform: 'linux',
      command: [m.app],
      home: m.home,
      env: { PATH: `${m.local}:/usr/bin:/bin` },
    });
    const shim = join(m.local, 'glucobar');
    expect(outcome).toEqual({ kind: 'installed', path: shim, onPath: true, replacedOwn: false });
    expect(statSync(shim).mode & 0o777).toBe(0o755);
    const run = spawnSync('glucobar', ['status', '--json'], {
      encoding: 'utf8',
      env: { PATH: `${m.local}:/usr/bin:/bin` },
    });
    expect(run.stdout.trim()).toBe('app:--cli status --json');
    expect(installWords(outcome, 'linux').message).toBe('The glucobar command is installed');
  });

  it('makes the shim executable even under a strict umask', async () => {
    const m = machine();
    const previous = process.umask(0o077);
    try {
      await installCommand({ platform: 'linux', command: [m.app], home: m.home, env: {} });
    } finally {
      process.umask(previous);
    }
    expect(statSync(join(m.local, 'glucobar')).mode & 0o777).toBe(0o755);
  });

  it('says when the folder is not on the PATH yet, and how to add it', async () => {
    const m = machine();
    const outcome = await installCommand({
      platform: 'linux',
      command: [m.app],
      home: m.home,
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(outcome).toMatchObject({ kind: 'installed', onPath: false });
    const words = installWords(outcome, 'linux');
    expect(words.message).toContain('not on your PATH');
    expect(words.detail).toContain(`export PATH="${m.local}:$PATH"`);
  });

  it('leaves a glucobar it did not write alone and says where it is', async () => {
    const m = machine();
    const npmBin = join(m.root, 'npm-bin');
    mkdirSync(npmBin);
    writeFileSync(join(npmBin, 'glucobar'), '#!/usr/bin/env node\nrequire("./cli.cjs")\n');
    const outcome = await installCommand({
      platform: 'linux',
      command: [m.app],
      home: m.home,
      env: { PATH: `${npmBin}:${m.local}` },
    });
    expect(outcome).toEqual({ kind: 'conflict', path: join(npmBin, 'glucobar') });
    expect(readFileSync(join(npmBin, 'glucobar'), 'utf8')).toContain('cli.cjs');
    expect(installWords(outcome, 'linux').tone).toBe('warning');
  });

  it('updates its own shim after the app moved, and finds a link to the app as already there', async () => {
    const m = machine();
    const request = { platform: 'linux' as const, home: m.home, env: { PATH: m.local } };
    await installCommand({ ...request, command: ['/old/place/Glucobar'] });
    const again = await installCommand({ ...request, command: [m.app] });
    expect(again).toMatchObject({ kind: 'installed', replacedOwn: true });
    expect(readFileSync(join(m.local, 'glucobar'), 'utf8')).toContain(m.app);

    const usrBin = join(m.root, 'usr-bin');
    mkdirSync(usrBin);
    symlinkSync(m.app, join(usrBin, 'glucobar'));
    const deb = await installCommand({ ...request, command: [m.app], env: { PATH: usrBin } });
    expect(deb).toEqual({ kind: 'alreadyAvailable', path: join(usrBin, 'glucobar') });
  });

  it('reports a folder it cannot write and changes nothing', async () => {
    const m = machine();
    // A file where ~/.local should be: no folder can be made there, whoever runs the test.
    writeFileSync(join(m.home, '.local'), 'not a folder');
    const outcome = await installCommand({
      platform: 'linux',
      command: [m.app],
      home: m.home,
      env: { PATH: '/usr/bin' },
    });
    expect(outcome).toMatchObject({ kind: 'failed', path: join(m.local, 'glucobar') });
    expect(installWords(outcome, 'linux').detail).toContain('Nothing was changed');
  });

  it('reads what a macOS login shell adds to the PATH (path_helper)', async () => {
    const m = machine();
    const etc = join(m.root, 'etc');
    mkdirSync(join(etc, 'paths.d'), { recursive: true });
    writeFileSync(join(etc, 'paths'), '/usr/local/bin\n/usr/bin\n/bin\n');
    writeFileSync(join(etc, 'paths.d', '10-tex'), '/Library/TeX/texbin\n');
    mkdirSync(join(m.root, 'homebrew-bin'));
    expect(await loginShellPathDirs(etc, join(m.root, 'homebrew-bin'))).toEqual([
      '/usr/local/bin',
      '/usr/bin',
      '/bin',
      '/Library/TeX/texbin',
      join(m.root, 'homebrew-bin'),
    ]);
  });
});

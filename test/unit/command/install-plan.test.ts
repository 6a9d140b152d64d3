import { describe, expect, it } from 'vitest';
import { planInstall, type InstallFacts } from '../../../main/core/command/install-plan';

function facts(overrides: Partial<InstallFacts>): InstallFacts {
  return {
    platform: 'linux',
    command: ['/opt/Glucobar/glucobar'],
    home: '/home/ann',
    pathDirs: ['/usr/bin', '/bin'],
    localAppData: null,
    existing: null,
    canWrite: () => true,
    fileAt: () => 'none',
    ...overrides,
  };
}

describe('where the glucobar command goes', () => {
  it('keeps a command that already runs this app (the deb’s /usr/bin/glucobar link)', () => {
    const plan = planInstall(facts({ existing: { path: '/usr/bin/glucobar', kind: 'thisApp' } }));
    expect(plan).toEqual({ kind: 'alreadyAvailable', path: '/usr/bin/glucobar' });
  });

  it('never replaces a glucobar it did not write, wherever it is', () => {
    const onPath = planInstall(
      facts({ existing: { path: '/home/ann/.npm/bin/glucobar', kind: 'other' } }),
    );
    expect(onPath).toEqual({ kind: 'conflict', path: '/home/ann/.npm/bin/glucobar' });
    const offPath = planInstall(facts({ fileAt: () => 'other' }));
    expect(offPath).toEqual({ kind: 'conflict', path: '/home/ann/.local/bin/glucobar' });
  });

  it('rewrites its own shim where it is, so the command follows a moved app', () => {
    const plan = planInstall(
      facts({ existing: { path: '/home/ann/bin/glucobar', kind: 'ownShim' } }),
    );
    expect(plan).toMatchObject({
      kind: 'write',
      path: '/home/ann/bin/glucobar',
      replacesOwn: true,
    });
  });

  it('Linux: ~/.local/bin when it is on the PATH, with a note when it is not yet', () => {
    const on = planInstall(facts({ pathDirs: ['/home/ann/.local/bin/', '/usr/bin'] }));
    expect(on).toMatchObject({ path: '/home/ann/.local/bin/glucobar', onPath: true });
    const off = planInstall(facts({}));
    expect(off).toMatchObject({ path: '/home/ann/.local/bin/glucobar', onPath: false });
    const bin = planInstall(facts({ pathDirs: ['/home/ann/bin'] }));
    expect(bin).toMatchObject({ path: '/home/ann/bin/glucobar', onPath: true });
  });

  it('macOS: /usr/local/bin only when writable without sudo, then Homebrew’s folder', () => {
    const pathDirs = ['/usr/local/bin', '/opt/homebrew/bin', '/usr/bin'];
    const intel = planInstall(facts({ platform: 'darwin', home: '/Users/ann', pathDirs }));
    expect(intel).toMatchObject({ path: '/usr/local/bin/glucobar', onPath: true });
    const silicon = planInstall(
      facts({
        platform: 'darwin',
        home: '/Users/ann',
        pathDirs,
        canWrite: (dir) => dir !== '/usr/local/bin',
      }),
    );
    expect(silicon).toMatchObject({ path: '/opt/homebrew/bin/glucobar', onPath: true });
    const neither = planInstall(
      facts({
        platform: 'darwin',
        home: '/Users/ann',
        pathDirs,
        canWrite: (dir) => dir.startsWith('/Users'),
      }),
    );
    expect(neither).toMatchObject({ path: '/Users/ann/.local/bin/glucobar', onPath: false });
  });

  it('Windows: a batch file in WindowsApps (on every user’s PATH), else its own folder', () => {
    const base = {
      platform: 'win32' as const,
      command: ['C:\\Users\\ann\\AppData\\Local\\Programs\\Glucobar\\Glucobar.exe'],
      home: 'C:\\Users\\ann',
      localAppData: 'C:\\Users\\ann\\AppData\\Local',
    };
    const usual = planInstall(
      facts({
        ...base,
        pathDirs: ['C:\\Windows', 'c:\\users\\ann\\appdata\\local\\microsoft\\windowsapps'],
      }),
    );
    expect(usual).toMatchObject({
      path: 'C:\\Users\\ann\\AppData\\Local\\Microsoft\\WindowsApps\\glucobar.cmd',
      onPath: true,
    });
    expect((usual as { text: string }).text).toContain('--cli %*');
    const trimmed = planInstall(facts({ ...base, pathDirs: ['C:\\Windows'] }));
    expect(trimmed).toMatchObject({
      path: 'C:\\Users\\ann\\AppData\\Local\\Glucobar\\bin\\glucobar.cmd',
      onPath: false,
    });
  });
});

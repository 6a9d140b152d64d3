// Packs the built app with electron-builder `--dir` against a PLACEHOLDER Electron distribution
// (scripts/make-placeholder-electron-dist.mjs) and checks what would ship: app.asar holds only
// the out/ bundles and package.json, and the Electron fuses were flipped as electron-builder.yml says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs script without types
import { makePlaceholderElectronDist } from '../../scripts/make-placeholder-electron-dist.mjs';

const work = mkdtempSync(join(tmpdir(), 'glucobar-pack-'));
const distDir = join(work, 'electron-dist');
const outputDir = join(work, 'release');
const unpacked = join(outputDir, 'linux-unpacked');
let builderLog = '';

beforeAll(() => {
  expect(existsSync('out/main/index.cjs'), 'run `npm run build` first').toBe(true);
  makePlaceholderElectronDist(distDir);
  const result = spawnSync(
    'npx',
    [
      'electron-builder',
      '--dir',
      '--linux',
      '--publish',
      'never',
      `-c.electronDist=${distDir}`,
      `-c.directories.output=${outputDir}`,
    ],
    { encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
  );
  builderLog = `${result.stdout}\n${result.stderr}`;
  expect(result.status, builderLog).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaged app (placeholder Electron)', () => {
  it('publishes to GitHub releases and ships app-update.yml for electron-updater', () => {
    const config = readFileSync('electron-builder.yml', 'utf8');
    expect(config).toMatch(
      /^publish:\n {2}provider: github\n {2}owner: glucobar\n {2}repo: glucobar\n/m,
    );
    const updateFile = join(unpacked, 'resources', 'app-update.yml');
    expect(existsSync(updateFile), builderLog).toBe(true);
    const written = readFileSync(updateFile, 'utf8');
    expect(written).toContain('provider: github');
    expect(written).toContain('owner: glucobar');
    expect(written).toContain('repo: glucobar');
    expect(written).toMatch(/updaterCacheDirName: \S+/);
  });

  it('app.asar holds the out/ bundles and package.json, nothing else', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) =>
      f.replaceAll('\\', '/'),
    );
    for (const expected of [
      '/package.json',
      '/out/main/index.cjs',
      '/out/main/cli.cjs',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files).toContain(expected);
    }
    const stray = files.filter(
      (f) =>
        f.endsWith('.ts') ||
        f.endsWith('.map') ||
        f.startsWith('/node_modules') ||
        f.startsWith('/test') ||
        f.startsWith('/main') ||
        f.startsWith('/renderer') ||
        f.startsWith('/preload') ||
        f.startsWith('/scripts'),
    );
    expect(stray).toEqual([]);
    const topLevel = new Set(files.map((f) => f.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['out', 'package.json']);
  });

  it('the preload is one file', () => {
    const files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    const preload = files.filter(
      (f) => f.replaceAll('\\', '/').startsWith('/out/preload/') && f.includes('.'),
    );
    expect(preload.map((f) => f.replaceAll('\\', '/'))).toEqual(['/out/preload/index.cjs']);
  });

  it('ships the macOS tray template images as resources', () => {
    expect(existsSync(join(unpacked, 'resources', 'tray', 'trayTemplate.png'))).toBe(true);
    expect(existsSync(join(unpacked, 'resources', 'tray', 'trayTemplate@2x.png'))).toBe(true);
  });

  it('flips every fuse electron-builder.yml asks for', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'glucobar'));
    const on = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  });
});

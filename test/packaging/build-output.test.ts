// What `npm run build` leaves in out/ is what ships: check the bundles' shapes, not just that
// they exist. (npm test builds before running tests.)
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const requires = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);

describe('build output', () => {
  it('the command-line bundle is one file that never loads Electron or the app entry', () => {
    const loaded = requires('out/main/cli.cjs');
    expect(loaded.filter((m) => !m.startsWith('node:'))).toEqual([]);
    expect(readFileSync('out/main/cli.cjs', 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    // `npx glucobar` executes the file directly.
    expect(statSync('out/main/cli.cjs').mode & 0o111).not.toBe(0);
  });

  it('the command runs under plain Node', () => {
    const result = spawnSync(process.execPath, ['out/main/cli.cjs', 'help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('glucobar status');
  });

  it('the Electron main bundle loads only electron and Node built-ins', () => {
    // ajv keeps require(...) inside code templates it never runs; those are strings, not calls.
    const loaded = requires('out/main/index.cjs').filter((m) => !m.startsWith('ajv'));
    // electron-updater's dependencies name built-ins without the `node:` prefix ("fs", "path").
    const builtin = (m: string) => m.startsWith('node:') || builtinModules.includes(m);
    expect(loaded.filter((m) => m !== 'electron' && !builtin(m))).toEqual([]);
  });

  it('the preload is one CommonJS file whose only import is electron', () => {
    expect(requires('out/preload/index.cjs')).toEqual(['electron']);
  });
});

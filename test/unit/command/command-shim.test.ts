import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnShim, shimText, UnsafeShimPathError } from '../../../main/core/command/command-shim';

/** A stand-in for the app's executable: prints each argument on its own line, exits 3. */
function fakeApp(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\nfor a in "$@"; do printf "[%s]\\n" "$a"; done\nexit 3\n');
  chmodSync(path, 0o755);
  return path;
}

describe('the glucobar shim', () => {
  it('runs the app with --cli and every argument unchanged, and returns its exit status', () => {
    const dir = mkdtempSync(join(tmpdir(), "glucobar shim it's $HOME `x` "));
    const app = fakeApp(dir, 'Glucobar app');
    const shim = join(dir, 'glucobar');
    writeFileSync(shim, shimText('linux', [app]));
    chmodSync(shim, 0o755);
    const result = spawnSync(shim, ['status', '--patient', "Ann O'Neil $HOME", '*'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(3);
    expect(result.stdout.trim().split('\n')).toEqual([
      '[--cli]',
      '[status]',
      '[--patient]',
      "[Ann O'Neil $HOME]",
      '[*]',
    ]);
  });

  it('puts the app folder before --cli under `electron .`', () => {
    expect(shimText('darwin', ['/e/electron', '/src/glucobar'])).toContain(
      `exec '/e/electron' '/src/glucobar' --cli "$@"`,
    );
  });

  it('writes a batch file for Windows that quotes the path and hands back the exit status', () => {
    const text = shimText('win32', ['C:\\Users\\a%b\\Glucobar\\Glucobar.exe']);
    expect(text.split('\r\n')).toEqual([
      '@echo off',
      'rem glucobar command installed by the Glucobar app',
      '"C:\\Users\\a%%b\\Glucobar\\Glucobar.exe" --cli %*',
      'exit /b %ERRORLEVEL%',
      '',
    ]);
  });

  it('refuses a path it cannot quote rather than write a broken or dangerous line', () => {
    expect(() => shimText('win32', ['C:\\a"b\\Glucobar.exe'])).toThrow(UnsafeShimPathError);
    expect(() => shimText('linux', ['/opt/a\nrm -rf ~/glucobar'])).toThrow(UnsafeShimPathError);
    expect(() => shimText('linux', [])).toThrow(UnsafeShimPathError);
  });

  it('recognises its own files only', () => {
    expect(isOwnShim(shimText('linux', ['/opt/g']))).toBe(true);
    expect(isOwnShim(shimText('win32', ['C:\\g.exe']))).toBe(true);
    expect(isOwnShim('#!/usr/bin/env node\n// glucobar from npm\n')).toBe(false);
  });
});

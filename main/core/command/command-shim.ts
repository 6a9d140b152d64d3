/**
 * The small script that puts `glucobar` on the PATH for a packaged app: it runs the app's own
 * executable with `--cli` (app-invocation.ts) and passes every argument through unchanged.
 * Pure text in, text out, so the quoting is tested without any file system.
 */
import { CLI_FLAG } from './app-invocation';

export type ShimPlatform = 'darwin' | 'win32' | 'linux';

/** The line that marks a file as ours: only such a file is ever replaced. */
export const SHIM_MARK = 'glucobar command installed by the Glucobar app';

export class UnsafeShimPathError extends Error {}

/** A control character (newlines included) has no place in a path and would end the line. */
const hasControl = (word: string) =>
  [...word].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/** POSIX sh single quotes take everything literally except the quote itself. */
function shQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Inside "…" in a batch file only `%` still expands; doubling it makes it literal. */
function cmdQuote(word: string): string {
  // `cmd.exe` has no way to write a double quote inside "…".
  if (word.includes('"')) throw new UnsafeShimPathError(word);
  return `"${word.replaceAll('%', '%%')}"`;
}

/**
 * The shim's text. `command` is the executable followed by what must come before `--cli`
 * (under `electron .`, the app's folder).
 */
export function shimText(platform: ShimPlatform, command: readonly string[]): string {
  if (command.length === 0) throw new UnsafeShimPathError('no executable');
  for (const word of command) if (hasControl(word)) throw new UnsafeShimPathError(word);
  if (platform === 'win32') {
    // A batch file waits for the app and hands its exit status back (`exit /b`); Electron
    // attaches the app to the calling console unless ELECTRON_NO_ATTACH_CONSOLE is set
    // (shell/app/electron_main_win.cc), so output reaches the terminal.
    const line = [...command.map(cmdQuote), CLI_FLAG, '%*'].join(' ');
    return ['@echo off', `rem ${SHIM_MARK}`, line, 'exit /b %ERRORLEVEL%', ''].join('\r\n');
  }
  const line = ['exec', ...command.map(shQuote), CLI_FLAG, '"$@"'].join(' ');
  return ['#!/bin/sh', `# ${SHIM_MARK}`, line, ''].join('\n');
}

/** True when a file's text is a shim this app wrote (any version, any target). */
export function isOwnShim(text: string): boolean {
  return text.split(/\r?\n/, 3).some((line) => line.replace(/^(#|rem)\s*/, '') === SHIM_MARK);
}

/** The shim's file name on this platform. */
export function shimFileName(platform: ShimPlatform): string {
  return platform === 'win32' ? 'glucobar.cmd' : 'glucobar';
}

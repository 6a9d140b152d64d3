import { homedir } from 'node:os';
import { join } from 'node:path';
import type { EndpointRole } from '../core/endpoint/protocol';
import { defaultStateDir } from './state-dir';

/**
 * Electron's `userData` for the app ("Glucobar", package.json productName) without Electron:
 * `app.getPath('appData')` is $XDG_CONFIG_HOME or ~/.config on Linux, ~/Library/Application
 * Support on macOS and %APPDATA% on Windows (Electron docs, app.getPath).
 */
export function appUserDataDir(env: Record<string, string | undefined>, platform: string): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Glucobar');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Glucobar');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Glucobar');
}

/** The run dir inside a state dir: holds the socket and the token. */
export const runDirOf = (stateDir: string): string => join(stateDir, 'run');

/** The daemon's state dir for `--demo` (kept apart from a real account's history). */
export const demoStateDir = (env: Record<string, string | undefined>, platform: string): string =>
  join(defaultStateDir(env as NodeJS.ProcessEnv, platform as NodeJS.Platform), 'demo');

/** Where `status` looks for a running daemon, then for the app, in this order. */
export function endpointCandidates(
  options: { stateDir: string | null; demo: boolean },
  env: Record<string, string | undefined>,
  platform: string = process.platform,
): { role: EndpointRole; runDir: string }[] {
  const stateDir =
    options.stateDir ??
    (options.demo
      ? demoStateDir(env, platform)
      : defaultStateDir(env as NodeJS.ProcessEnv, platform as NodeJS.Platform));
  return [
    { role: 'daemon', runDir: runDirOf(stateDir) },
    { role: 'app', runDir: runDirOf(appUserDataDir(env, platform)) },
  ];
}

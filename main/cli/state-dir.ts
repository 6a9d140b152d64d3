import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The CLI's state folder: its token cache (`session.json`, mode 0600, the only secret it keeps;
 * the password is never stored) and its reading history. Defaults to the platform's config dir,
 * under its own name: the desktop app's folder is "Glucobar", and on case-insensitive file
 * systems (macOS) "glucobar" would be the same folder with two writers of one history.
 */
export function defaultStateDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'glucobar-cli');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'glucobar-cli');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'glucobar-cli');
}

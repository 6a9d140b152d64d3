import { posix } from 'node:path';

/**
 * Launch at login on Linux: a `.desktop` file in the XDG autostart folder (freedesktop
 * "Desktop Application Autostart Specification"). Electron's `app.setLoginItemSettings`
 * only covers macOS and Windows.
 */
export interface AutostartInput {
  /** `process.execPath`. */
  execPath: string;
  /**
   * `process.env.APPIMAGE` when running from an AppImage: `execPath` then points into a
   * temporary mount that is gone after logout, so the AppImage file itself must be started.
   */
  appImagePath?: string | undefined;
  /** `process.env.XDG_CONFIG_HOME`. */
  xdgConfigHome?: string | undefined;
  /** `os.homedir()`. */
  homeDir: string;
  args?: readonly string[];
}

export interface AutostartEntry {
  path: string;
  content: string;
}

export const AUTOSTART_FILE_NAME = 'glucobar.desktop';

export function linuxAutostartEntry(input: AutostartInput): AutostartEntry {
  const executable =
    input.appImagePath !== undefined && input.appImagePath !== ''
      ? input.appImagePath
      : input.execPath;
  const exec = [executable, ...(input.args ?? [])].map(quoteExecArgument).join(' ');
  const content = [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Glucobar',
    'Comment=Glucose value and trend from LibreLinkUp in the tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
  return { path: posix.join(autostartDir(input), AUTOSTART_FILE_NAME), content };
}

/** `$XDG_CONFIG_HOME/autostart`; the spec says to ignore a relative XDG_CONFIG_HOME. */
export function autostartDir(input: Pick<AutostartInput, 'xdgConfigHome' | 'homeDir'>): string {
  const configHome =
    input.xdgConfigHome !== undefined && posix.isAbsolute(input.xdgConfigHome)
      ? input.xdgConfigHome
      : posix.join(input.homeDir, '.config');
  return posix.join(configHome, 'autostart');
}

/**
 * One Exec argument, always double-quoted (Desktop Entry Specification, "The Exec key").
 * Inside quotes `"`, `` ` ``, `$` and `\` take a backslash; the value-level escaping of the
 * file then doubles every backslash (so a literal `\` becomes four), and `%` must be `%%`
 * so it is not read as a field code.
 */
export function quoteExecArgument(argument: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(argument)) {
    throw new Error('A launch-at-login path cannot contain control characters.');
  }
  const quoted = argument.replace(/["`$\\]/g, (c) => `\\${c}`);
  const fileEscaped = quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
  return `"${fileEscaped}"`;
}

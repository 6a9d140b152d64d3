import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { app } from 'electron';
import { linuxAutostartEntry } from '../core/window/autostart';

export interface LaunchAtLogin {
  set(enabled: boolean): Promise<void>;
  /** What the OS will actually do at the next login (the person may have changed it there). */
  get(): Promise<boolean>;
}

/**
 * Launch at login: macOS and Windows through `app.setLoginItemSettings`; Linux, which that
 * API does not cover, through an XDG autostart `.desktop` file (content and path from
 * core/window/autostart.ts).
 */
export function createLaunchAtLogin(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): LaunchAtLogin {
  const entry = () =>
    linuxAutostartEntry({
      execPath: process.execPath,
      appImagePath: env.APPIMAGE,
      xdgConfigHome: env.XDG_CONFIG_HOME,
      homeDir: homedir(),
    });
  return {
    async get() {
      // macOS/Windows: docs/api/app.md `app.getLoginItemSettings` → `openAtLogin`.
      if (platform !== 'linux') return app.getLoginItemSettings().openAtLogin;
      return access(entry().path).then(
        () => true,
        () => false,
      );
    },
    async set(enabled) {
      if (platform !== 'linux') {
        app.setLoginItemSettings({ openAtLogin: enabled });
        return;
      }
      const { path, content } = entry();
      if (!enabled) {
        await rm(path, { force: true });
        return;
      }
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, { mode: 0o644 });
    },
  };
}

/**
 * Makes the setting say what the OS will do: someone who removed Glucobar from the login items
 * in System Settings, or from ~/.config/autostart, must not see "Launch at login" ticked.
 */
export async function adoptLaunchAtLoginFromOs(
  launchAtLogin: LaunchAtLogin,
  settings: {
    get(): { launchAtLogin: boolean };
    update(patch: { launchAtLogin: boolean }): Promise<unknown>;
  },
): Promise<void> {
  const actual = await launchAtLogin.get();
  if (actual !== settings.get().launchAtLogin) await settings.update({ launchAtLogin: actual });
}

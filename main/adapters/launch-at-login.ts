import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { app } from 'electron';
import { linuxAutostartEntry } from '../core/window/autostart';

export interface LaunchAtLogin {
  set(enabled: boolean): Promise<void>;
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
  return {
    async set(enabled) {
      if (platform !== 'linux') {
        app.setLoginItemSettings({ openAtLogin: enabled });
        return;
      }
      const entry = linuxAutostartEntry({
        execPath: process.execPath,
        appImagePath: env.APPIMAGE,
        xdgConfigHome: env.XDG_CONFIG_HOME,
        homeDir: homedir(),
      });
      if (!enabled) {
        await rm(entry.path, { force: true });
        return;
      }
      await mkdir(dirname(entry.path), { recursive: true });
      await writeFile(entry.path, entry.content, { mode: 0o644 });
    },
  };
}

import { join } from 'node:path';
import { app } from 'electron';

/** Where the built code and the tray images are, packaged or run from the repository. */
export function appPaths() {
  // out/main/index.cjs → out/
  const out = join(__dirname, '..');
  const trayImages = app.isPackaged
    ? join(process.resourcesPath, 'tray')
    : join(app.getAppPath(), 'build', 'tray');
  return {
    renderer: join(out, 'renderer'),
    preload: join(out, 'preload', 'index.cjs'),
    trayImages,
    fallbackIcon: join(trayImages, 'trayTemplate.png'),
    userData: app.getPath('userData'),
  };
}

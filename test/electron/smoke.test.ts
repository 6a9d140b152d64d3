// Real-Electron smoke tests (Playwright's _electron): launch the built app in demo mode, find
// its tray icon, click it, and read the glucose value in the popover.
//
// - They need Electron's binary, which cannot be downloaded on the development machines or in
//   CI. Without it (or, on Linux, without a display) they are skipped and say so on ONE line.
//   Run them where Electron exists: `npm run build && npx vitest run --project electron`,
//   on Linux under a display server: `xvfb-run -a npx vitest run --project electron`.
// - They drive the UNPACKAGED build (`electron . --demo`, i.e. out/ via package.json "main"),
//   not an installer: Playwright talks to the main process through `--inspect`, which the
//   packaged app refuses on purpose (fuse EnableNodeCliInspectArguments is off in
//   electron-builder.yml). `electron .` applies no fuses. Packaged fuses are checked by
//   test/packaging instead.
// - On Linux Playwright adds --no-sandbox (Chromium's OS sandbox needs a setuid helper or user
//   namespaces); the renderer's `sandbox: true` environment still applies, checked below.
// - The app gets a fresh profile (user data, demo history, single-instance lock) per run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Tray } from 'electron';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..');

/** Where the `electron` package would run its binary from (same rules as its index.js). */
function electronBinary(): string | null {
  const electronDir = join(REPO, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, relativePath ?? 'electron')
    : relativePath && join(electronDir, 'dist', relativePath);
  return binary && existsSync(binary) ? binary : null;
}

function skipReason(): string | null {
  if (!electronBinary()) {
    return 'no Electron binary in node_modules/electron/dist (it cannot be downloaded here)';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display for Electron (run under `xvfb-run -a`)';
  }
  return null;
}

const skip = skipReason();
if (skip) process.stdout.write(`SKIPPED test/electron: ${skip}.\n`);

type TrayGlobals = { __glucobarTrayPrototype?: object; __glucobarTrays?: Tray[] };

describe.skipIf(skip !== null)('Electron smoke: the built app in demo mode', () => {
  let profile = '';
  let app: ElectronApplication;
  let popover: Page;

  beforeAll(async () => {
    expect(existsSync(join(REPO, 'out/main/index.cjs')), 'run `npm run build` first').toBe(true);
    profile = mkdtempSync(join(tmpdir(), 'glucobar-electron-'));
    app = await _electron.launch({
      // Without executablePath Playwright starts node_modules/electron itself and holds the
      // app's `ready` until it is connected, so nothing happens unobserved.
      args: ['.', '--demo', `--user-data-dir=${profile}`],
      cwd: REPO,
      env: { ...process.env, XDG_CONFIG_HOME: profile, APPDATA: profile },
      timeout: 60_000,
    });
    popover = await app.firstWindow({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('starts in demo mode with one window, the popover, hidden until asked for', async () => {
    const state = await app.evaluate(({ app: electronApp, BrowserWindow }) => ({
      ready: electronApp.isReady(),
      demo: process.argv.includes('--demo'),
      windows: BrowserWindow.getAllWindows().map((w) => w.isVisible()),
    }));
    expect(state).toEqual({ ready: true, demo: true, windows: [false] });
    expect(popover.url()).toBe('app://glucobar/index.html');
  });

  it('puts exactly one icon in the tray', async () => {
    // Electron keeps no list of trays; the heap does. An inspector session inside the main
    // process asks V8 for every object whose prototype is Tray.prototype (Runtime.queryObjects)
    // and keeps them for the next test, so no test hook is needed in the app.
    await expect
      .poll(
        () =>
          app.evaluate(async ({ Tray }) => {
            const globals = globalThis as TrayGlobals;
            const { Session } = process.getBuiltinModule('node:inspector');
            const session = new Session();
            session.connect();
            const post = (method: string, params: object) =>
              new Promise<Record<string, { objectId?: string }>>((done, fail) =>
                session.post(method, params, (error, result) =>
                  error ? fail(error) : done(result as Record<string, { objectId?: string }>),
                ),
              );
            try {
              globals.__glucobarTrayPrototype = Tray.prototype;
              const prototype = await post('Runtime.evaluate', {
                expression: 'globalThis.__glucobarTrayPrototype',
              });
              const found = await post('Runtime.queryObjects', {
                prototypeObjectId: prototype.result?.objectId,
              });
              await post('Runtime.callFunctionOn', {
                objectId: found.objects?.objectId,
                functionDeclaration:
                  'function () { globalThis.__glucobarTrays = Array.from(this); }',
              });
            } finally {
              session.disconnect();
              delete globals.__glucobarTrayPrototype;
            }
            return globals.__glucobarTrays?.filter((tray) => !tray.isDestroyed()).length ?? 0;
          }),
        { timeout: 30_000 },
      )
      .toBe(1);
  });

  it('opens the popover when the tray icon is clicked', async () => {
    // The same event the OS click raises; the app's own handler decides to show the window.
    await app.evaluate(() => {
      const [tray] = (globalThis as TrayGlobals).__glucobarTrays ?? [];
      if (!tray) throw new Error('no tray found by the previous test');
      tray.emit('click', {}, tray.getBounds(), { x: 0, y: 0 });
    });
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows().map((w) => w.isVisible()),
        ),
      )
      .toEqual([true]);
  });

  it('shows the current glucose value with its unit', async () => {
    const reading = popover.locator('.reading');
    await expect
      .poll(() => reading.locator('.value').textContent(), { timeout: 30_000 })
      .toMatch(/^\d{2,3}$|^\d{1,2}\.\d$/);
    expect(await reading.locator('.unit').textContent()).toMatch(/^(mg\/dL|mmol\/L)$/);
  });

  it('gives the page no Node and exactly one bridge object', async () => {
    const page = await popover.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridges: Object.keys(window).filter((key) => key === 'glucobar' || key === 'electron'),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridges: ['glucobar'] });
  });
});

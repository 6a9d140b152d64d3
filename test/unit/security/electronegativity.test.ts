// Electronegativity over the built app (out/ + package.json, what app.asar holds) and over the
// Electron-facing sources; every finding must be in security/electronegativity-allowlist.json
// with a written reason. A canary app with known mistakes goes through the same staging, so a
// scan that silently checks nothing (see scripts/electronegativity.ts) fails here too.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtFiles,
  formatFinding,
  installedElectronVersion,
  loadAllowList,
  projectScans,
  REPO_ROOT,
  review,
  runElectronegativity,
  type ScanResult,
} from '../../../scripts/electronegativity';

const allowList = loadAllowList();
const canaryRoot = mkdtempSync(join(tmpdir(), 'glucobar-eng-canary-'));
let built: ScanResult;
let sources: ScanResult;
let canary: ScanResult;

// An insecure window in bundler style (`new electron.BrowserWindow`, a .cjs file, a class
// private field that the tool's default JS parser cannot read).
function writeCanary(): void {
  mkdirSync(join(canaryRoot, 'out', 'main'), { recursive: true });
  writeFileSync(join(canaryRoot, 'package.json'), '{"name":"canary","main":"out/main/index.cjs"}');
  writeFileSync(
    join(canaryRoot, 'out', 'main', 'index.cjs'),
    [
      'let electron = require("electron");',
      'class Store { #secret = 1; get secret() { return this.#secret; } }',
      'const win = new electron.BrowserWindow({',
      // No `sandbox` key: the tool's node-integration check stays quiet when one is present.
      '  webPreferences: { nodeIntegration: true, contextIsolation: false },',
      '});',
      'win.loadURL("https://example.com/" + new Store().secret);',
      '',
    ].join('\n'),
  );
}

beforeAll(async () => {
  expect(existsSync(join(REPO_ROOT, 'out', 'main', 'index.cjs')), 'run `npm run build` first').toBe(
    true,
  );
  writeCanary();
  const started = Date.now();
  [built, sources, canary] = (await runElectronegativity(
    [...projectScans(), { name: 'canary', root: canaryRoot, files: builtFiles(canaryRoot) }],
    {
      electronVersion: installedElectronVersion(),
      excludedChecks: allowList.excludedChecks.map((c) => c.check),
    },
  )) as [ScanResult, ScanResult, ScanResult];
  console.log(`electronegativity: 3 scans in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 60_000);

afterAll(() => rmSync(canaryRoot, { recursive: true, force: true }));

const listed = (findings: ScanResult['findings']) => findings.map(formatFinding).join('\n');

describe('electronegativity over the built app', () => {
  it('read every shipped bundle and parsed all of them', () => {
    for (const file of [
      'out/main/index.cjs',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(built.files).toContain(file);
    }
    expect(built.files.some((f) => /^out\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(built.parseErrors).toEqual([]);
  });

  it('finds nothing beyond the reviewed allow-list', () => {
    const { unreviewed } = review(built.findings, allowList);
    expect(unreviewed, `unreviewed findings:\n${listed(unreviewed)}`).toEqual([]);
  });
});

describe('electronegativity over the Electron-facing sources', () => {
  it('read the composition root, every adapter, the preload and the page', () => {
    expect(sources.files).toEqual(
      expect.arrayContaining([
        'main/index.ts',
        'main/adapters/popover-window.ts',
        'main/adapters/session-policy.ts',
        'preload/index.ts',
        'renderer/index.html',
      ]),
    );
    expect(sources.parseErrors).toEqual([]);
  });

  it('finds nothing beyond the reviewed allow-list', () => {
    const { unreviewed } = review(sources.findings, allowList);
    expect(unreviewed, `unreviewed findings:\n${listed(unreviewed)}`).toEqual([]);
  });
});

describe('the allow-list', () => {
  it('has no entry that no longer matches a finding', () => {
    const { stale } = review([...built.findings, ...sources.findings], allowList);
    expect(stale.map((e) => `${e.check} ${e.file}`)).toEqual([]);
  });

  it('covers no app-wide (global) finding such as missing navigation limits', () => {
    expect(allowList.allowed.filter((e) => e.file === 'N/A')).toEqual([]);
  });
});

describe('the scan itself (canary)', () => {
  it('parses bundler output and sees through `new electron.BrowserWindow`', () => {
    expect(canary.parseErrors).toEqual([]);
    const found = new Set(canary.findings.map((f) => `${f.check} ${f.file}`));
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']) {
      expect(found).toContain(`${check} out/main/index.cjs`);
    }
    expect(found).toContain('SANDBOX_JS_CHECK out/main/index.cjs');
    expect(found).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK N/A');
  });

  it('does not let the allow-list hide the canary’s mistakes', () => {
    expect(review(canary.findings, allowList).unreviewed.length).toBe(canary.findings.length);
  });
});

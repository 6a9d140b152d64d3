// The Electron security posture in one place, asserted on the sources AND on what `npm run
// build` produced (so a bundler or config change cannot quietly undo it). Checklist numbers
// refer to Electron's security tutorial (docs/architecture.md, "Boundaries, and why").
// Runtime behaviour of the window factory (exact options object, navigation and window.open
// denial) is covered by test/unit/adapters/popover-window.test.ts; the CSP header by
// test/unit/window/csp.test.ts; the flipped fuses of a packed app by test/packaging.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDERER_META_CSP } from '../../../main/core/window/csp';
import { BRIDGE_KEY } from '../../../preload/contract';
import {
  exposedKeyText,
  fusesFromBuilderConfig,
  metaCspOf,
  openExternalProblems,
  preferenceProblems,
  runtimeImports,
  shellOpenExternalCalls,
  windowsIn,
} from './posture-checks';
import {
  callsOf,
  createParser,
  receiverOf,
  refersTo,
  REPO,
  topLevelCalls,
  tsFilesUnder,
} from './source-ast';

const parse = createParser();
const read = (repoPath: string) => readFileSync(join(REPO, repoPath), 'utf8');
const mainSources = () => tsFilesUnder('main').map(parse);
let mainBundles: string[] = [];

beforeAll(() => {
  expect(existsSync(join(REPO, 'out/main/index.cjs')), 'run `npm run build` first').toBe(true);
  mainBundles = readdirSync(join(REPO, 'out/main'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cjs'))
    .map((f) => `out/main/${f.replaceAll('\\', '/')}`);
});

describe('windows (checklist 2, 3, 4, 6, 8–12)', () => {
  it('main/ creates windows only in the popover and mini view factories', () => {
    expect(windowsIn(mainSources()).map((n) => n.getSourceFile().fileName)).toEqual([
      'main/adapters/mini-window.ts',
      'main/adapters/popover-window.ts',
    ]);
  });

  it('its webPreferences are inline literals: isolated, sandboxed, no Node, web security on', () => {
    const windows = windowsIn(mainSources());
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.flatMap(preferenceProblems)).toEqual([]);
  });

  it('the built main bundle holds those two windows with the same preferences', () => {
    const windows = windowsIn(mainBundles.map(parse));
    expect(windows.map((n) => n.getSourceFile().fileName)).toEqual([
      'out/main/index.cjs',
      'out/main/index.cjs',
    ]);
    expect(windows.flatMap(preferenceProblems)).toEqual([]);
  });

  it('the sandbox is forced for every renderer before the app is ready', () => {
    expect(topLevelCalls(parse('main/index.ts'))).toContain('app.enableSandbox');
    const built = topLevelCalls(parse('out/main/index.cjs'));
    expect(built.some((c) => c.endsWith('app.enableSandbox'))).toBe(true);
  });

  it('the deny-all permission policy is installed (checklist 5)', () => {
    expect(callsOf(parse('main/index.ts'), 'applySessionPolicy')).toHaveLength(1);
  });
});

describe.each(['index.html', 'mini.html'])(
  'content security policy of the built %s (checklist 7)',
  (name) => {
    const page = () => read(`out/renderer/${name}`);

    it('allows nothing by default, scripts only from the app, no network, no plugins', () => {
      const { directives } = metaCspOf(page());
      for (const name of ['default-src', 'connect-src', 'object-src', 'base-uri', 'form-action']) {
        expect(directives.get(name), name).toEqual(["'none'"]);
      }
      expect(directives.get('script-src')).toEqual(["'self'"]);
    });

    it('has no unsafe-*, wildcard, remote scheme or data: outside images', () => {
      for (const [name, values] of metaCspOf(page()).directives) {
        for (const value of values) {
          expect(value, name).not.toMatch(/unsafe|\*|^(https?|blob|filesystem|wss?):/);
          if (name !== 'img-src') expect(value, name).not.toBe('data:');
        }
      }
    });

    it('is the policy main also sends as a header, and precedes every script and stylesheet', () => {
      const html = page();
      const meta = metaCspOf(html);
      expect(meta.policy).toBe(RENDERER_META_CSP);
      const loads = [/<script\b/i, /<link\b[^>]*stylesheet/i].map((re) => html.search(re));
      expect(loads.some((i) => i >= 0)).toBe(true);
      for (const at of loads.filter((i) => i >= 0)) expect(meta.index).toBeLessThan(at);
    });

    it('loads only bundled scripts: no inline code, no event-handler attributes', () => {
      const html = page();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
        expect(body?.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    });
  },
);

describe('preload bundle (checklist 4, 20)', () => {
  it('loads only electron at run time', () => {
    const file = parse('out/preload/index.cjs');
    expect(runtimeImports(file)).toEqual(['electron']);
  });

  it('exposes exactly one key, the contract’s, and never ipcRenderer itself', () => {
    const file = parse('out/preload/index.cjs');
    const exposed = callsOf(file, 'exposeInMainWorld');
    expect(exposed.map(receiverOf)).toEqual(['electron.contextBridge']);
    const [key, api] = exposed[0]?.arguments ?? [];
    expect(exposedKeyText(file, key)).toBe(JSON.stringify(BRIDGE_KEY));
    expect(api !== undefined && !refersTo(api, 'ipcRenderer')).toBe(true);
    for (const other of ['exposeInIsolatedWorld', 'executeInMainWorld']) {
      expect(callsOf(file, other)).toEqual([]);
    }
  });
});

describe('packaging (checklist 16, 19)', () => {
  it('electron-builder.yml flips the fuses, all of them names @electron/fuses knows', () => {
    const fuses = fusesFromBuilderConfig(read('electron-builder.yml'));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    for (const name of Object.keys(fuses)) {
      expect(Object.keys(FuseV1Options), name).toContain(name[0]?.toUpperCase() + name.slice(1));
    }
    expect(read('electron-builder.yml')).toMatch(/^asar: true$/m);
  });

  it('pins a current Electron (major ≥ 42), and that exact version is installed', () => {
    const pinned = JSON.parse(read('package.json')).devDependencies.electron as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(42);
    expect(JSON.parse(read('node_modules/electron/package.json')).version).toBe(pinned);
  });
});

describe('external links (checklist 15)', () => {
  it('sources open outside pages only with externalUrlFor(id), via one shell.openExternal', () => {
    const files = [...mainSources(), ...['preload', 'renderer'].flatMap(tsFilesUnder).map(parse)];
    expect(files.flatMap(openExternalProblems)).toEqual([]);
    expect(shellOpenExternalCalls(files)).toEqual([expect.stringMatching(/^main\/index\.ts:/)]);
    expect(files.flatMap((f) => callsOf(f, 'openExternal')).length).toBeGreaterThanOrEqual(2);
  });

  it('so does everything bundled into the built main process', () => {
    const files = mainBundles.map(parse);
    expect(files.flatMap(openExternalProblems)).toEqual([]);
    expect(shellOpenExternalCalls(files)).toHaveLength(1);
  });
});

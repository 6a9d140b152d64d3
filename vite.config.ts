// One config, four targets, chosen by `--mode`:
//   (default)  the renderer pages (popover index.html, mini.html): root renderer/, out/renderer
//   main       main/index.ts (Electron main): out/main/index.cjs
//   cli        main/cli.ts (the glucobar command): out/main/cli.cjs
//   preload    preload/index.ts: ONE CommonJS file in out/preload, because a sandboxed preload cannot load modules
// main and cli are built separately and each into ONE file: built together, the bundler shares
// chunks between them, and the command would load the Electron entry (and with it Electron).
// Node targets bundle every dependency (electron-store and conf are ESM-only) and keep only
// `electron` and Node built-ins external, so out/ is the only code the package needs.
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBundle(outDir: string, name: string, entry: string, emptyOutDir: boolean): UserConfig {
  return {
    root,
    publicDir: false,
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir,
      target: 'node20',
      ssr: true,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [name]: resolve(root, entry) },
        external,
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          inlineDynamicImports: true,
          // The command-line entry is run directly as the `glucobar` bin.
          banner: name === 'cli' ? '#!/usr/bin/env node' : '',
        },
      },
    },
    ssr: { noExternal: true, target: 'node' },
    // `npx glucobar` runs the file itself, so it must be executable.
    plugins:
      name === 'cli'
        ? [
            {
              name: 'executable-bin',
              writeBundle: () => chmodSync(resolve(root, outDir, 'cli.cjs'), 0o755),
            },
          ]
        : [],
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'main') return nodeBundle('out/main', 'index', 'main/index.ts', true);
  if (mode === 'cli') return nodeBundle('out/main', 'cli', 'main/cli.ts', false);
  if (mode === 'preload') return nodeBundle('out/preload', 'index', 'preload/index.ts', true);
  return {
    root: resolve(root, 'renderer'),
    base: './',
    publicDir: false,
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: false,
      // No inline module-preload polyfill: the CSP allows scripts from 'self' only.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      // Two pages: the popover, and the mini view (its own small entry, docs/mini-view.md).
      rollupOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          mini: resolve(root, 'renderer/mini.html'),
        },
      },
    },
  };
});

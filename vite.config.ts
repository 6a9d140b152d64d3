// One config, three targets, chosen by `--mode`:
//   (default)  the popover renderer: root renderer/, browser bundle in out/renderer
//   main       main/index.ts (Electron main) and main/cli.ts (the glucobar command): Node CJS in out/main
//   preload    preload/index.ts: ONE CommonJS file in out/preload, because a sandboxed preload cannot load modules
// Node targets bundle every dependency (electron-store and conf are ESM-only) and keep only
// `electron` and Node built-ins external, so out/ is the only code the package needs.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBundle(outDir: string, input: Record<string, string>): UserConfig {
  return {
    root,
    publicDir: false,
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      target: 'node20',
      ssr: true,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: {
        input,
        external,
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name]-[hash].cjs',
          // The command-line entry is run directly as the `glucobar` bin.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'main') {
    return nodeBundle('out/main', {
      index: resolve(root, 'main/index.ts'),
      cli: resolve(root, 'main/cli.ts'),
    });
  }
  if (mode === 'preload') {
    const config = nodeBundle('out/preload', { index: resolve(root, 'preload/index.ts') });
    // A single file: no shared chunks may be split out of the preload.
    config.build!.rollupOptions!.output = {
      format: 'cjs',
      entryFileNames: '[name].cjs',
      inlineDynamicImports: true,
    };
    return config;
  }
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
    },
  };
});

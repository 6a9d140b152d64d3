// Bundles page-bridge.ts (and with it the real preload/build-api.ts) into one classic script
// for `page.addInitScript`, with Vite's own build API: the same bundler the app ships with.
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const ENTRY = resolve(import.meta.dirname, 'page-bridge.ts');

export async function bundlePageBridge(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(import.meta.dirname, '../..'),
    publicDir: false,
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      target: 'chrome130',
      lib: { entry: ENTRY, formats: ['iife'], name: 'glucobarE2eBridge' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) {
    throw new Error(`expected one bridge chunk, got ${chunks.length}`);
  }
  return chunks[0].code;
}

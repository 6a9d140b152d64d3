#!/usr/bin/env node
// Makes a PLACEHOLDER Electron distribution: not Electron, just enough of its file layout for
// `electron-builder --dir -c.electronDist=<dir>` to pack the app here, where the real Electron
// binary cannot be downloaded. The fake `electron` executable carries Electron's fuse sentinel
// with Electron's default fuse states, so the packaging check can see electron-builder flip them.
// Usage: node scripts/make-placeholder-electron-dist.mjs <dir>
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makePlaceholderElectronDist(dir) {
  const electronVersion = JSON.parse(
    readFileSync('node_modules/electron/package.json', 'utf8'),
  ).version;
  mkdirSync(dir, { recursive: true });
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  // Wire format v1, 8 fuses; '1' = enabled, '0' = disabled, in Electron's order:
  // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadFromAsar,
  // LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
  const defaults = Buffer.from('10110001');
  const binary = Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "placeholder Electron distribution: not runnable" >&2\nexit 1\n# ',
    ),
    sentinel,
    Buffer.from([1, defaults.length]),
    defaults,
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), `v${electronVersion}`);
  writeFileSync(
    join(dir, 'LICENSE'),
    'Placeholder: the real Electron LICENSE ships with real builds.\n',
  );
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!-- placeholder -->\n');
  mkdirSync(join(dir, 'resources'), { recursive: true });
  return electronVersion;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: make-placeholder-electron-dist.mjs <dir>\n');
    process.exit(2);
  }
  makePlaceholderElectronDist(dir);
  process.stdout.write(`placeholder Electron distribution written to ${dir}\n`);
}

// Real-Electron smoke tests. They need Electron's binary, which cannot be downloaded on the
// development machines or in CI; there they are skipped and say so on a line of their own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function electronBinary(): string | null {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  process.stdout.write(
    'SKIPPED test/electron: no Electron binary in node_modules/electron/dist (it cannot be downloaded here).\n',
  );
}

describe.skipIf(!binary)('Electron smoke (needs the Electron binary)', () => {
  it('the packaged main entry exists for Electron to load', () => {
    expect(existsSync('out/main/index.cjs')).toBe(true);
  });
});

// The folder boundaries of docs/architecture.md are enforced by ESLint; these cases prove the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['main/core/llu/example.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['main/core/example.ts', "import Store from 'electron-store';\nexport const s = Store;\n"],
    ['main/core/example.ts', "import { x } from '../adapters/tray';\nexport const y = x;\n"],
    ['main/simulator/example.ts', "import { net } from 'electron';\nexport const n = net;\n"],
    [
      'renderer/example.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    ],
    [
      'renderer/example.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    ],
    ['renderer/example.ts', "import { x } from '../main/core/ports';\nexport const y = x;\n"],
    ['preload/example.ts', "import { x } from '../main/core/ports';\nexport const y = x;\n"],
    [
      'main/core/example.ts',
      "import type { Snapshot } from '../../preload/contract';\nexport type S = Snapshot;\n",
    ],
    [
      'main/cli/example.ts',
      "import type { Settings } from '../../preload/contract';\nexport type S = Settings;\n",
    ],
    // The shared glucose rules load in every runtime, so nothing runtime-specific gets in.
    ['common/glucose/example.ts', "import { z } from 'zod';\nexport const s = z;\n"],
    ['common/glucose/example.ts', "import { join } from 'node:path';\nexport const j = join;\n"],
    ['common/glucose/example.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'common/glucose/example.ts',
      "import type { Clock } from '../../main/core/ports';\nexport type C = Clock;\n",
    ],
    [
      'common/glucose/example.ts',
      "import { spanMs } from '../../renderer/format/time';\nexport const s = spanMs;\n",
    ],
    [
      'common/glucose/example.ts',
      "import type { Snapshot } from '../../preload/contract';\nexport type S = Snapshot;\n",
    ],
    ['common/glucose/example.ts', 'export const env = process.env.TZ;\n'],
    ['common/glucose/example.ts', 'export const w = window.innerWidth;\n'],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['main/adapters/example.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'main/core/example.ts',
      "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
    ],
    [
      'renderer/example.ts',
      "import type { Snapshot } from '../preload/contract';\nexport type S = Snapshot;\n",
    ],
    [
      'renderer/example.ts',
      "import { classifyRange } from '../common/glucose/range';\nexport const c = classifyRange;\n",
    ],
    [
      'main/core/example.ts',
      "import { isStale } from '../../common/glucose/staleness';\nexport const s = isStale;\n",
    ],
    [
      'main/ipc/example.ts',
      "import type { InvokeName } from '../../preload/contract';\nexport type I = InvokeName;\n",
    ],
    [
      'main/core/example.ts',
      "import type { Snapshot } from '../../common/snapshot';\nexport type S = Snapshot;\n",
    ],
    [
      'common/glucose/example.ts',
      "import type { Units } from './vocabulary';\nexport type U = Units;\n",
    ],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImportErrors(filePath, code)).toEqual([]);
  });
});

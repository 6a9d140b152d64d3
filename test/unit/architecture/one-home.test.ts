// Each glucose rule has one home in product code (common/glucose/), shared by core, the CLI and
// the renderer: a second copy could drift, and two answers to "what is low" must never exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PRODUCT_DIRS = ['main', 'renderer', 'preload', 'common'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function filesContaining(pattern: RegExp): string[] {
  return PRODUCT_DIRS.flatMap(sourceFiles).filter((file) =>
    pattern.test(readFileSync(join(ROOT, file), 'utf8')),
  );
}

describe('one home per glucose rule', () => {
  it.each([
    ['the mg/dL per mmol/L factor', /18\.01\d/, 'common/glucose/units.ts'],
    ['the privacy mask', /•••/, 'common/glucose/privacy.ts'],
    ['the range bands in words', /['"]very low['"]/, 'common/glucose/range.ts'],
    ['the range shapes', /▼▼/, 'common/glucose/range-label.ts'],
  ])('%s is written only in its home (%s)', (_rule, pattern, home) => {
    expect(filesContaining(pattern)).toEqual([home]);
  });

  // Words translated into six languages live in locales/*.json (common/i18n reads them), so no
  // product source writes them at all; trend.ts chooses the key, snapshot/notice-words.ts the
  // reading-problem key (with the sensor range from plausibility.ts).
  it.each([
    ['the trend in words', /['"]falling quickly['"]/],
    ['the clock-skew verdict in words', /looks wrong/],
    ['the sensor range in words', /a value a sensor can measure/],
  ])('%s is written in no source file, only in the catalogs', (_rule, pattern) => {
    expect(filesContaining(pattern)).toEqual([]);
  });
});

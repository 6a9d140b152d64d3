// A newcomer has only this repository: every link in the README and docs/ must lead to a file
// in it, and no comment may send them to a design or protocol note that lives elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE_DIRS = ['main', 'renderer', 'preload', 'common', 'test', 'scripts', 'docs'];
const TOP_FILES = ['README.md', 'eslint.config.js', 'vitest.config.ts', 'vite.config.ts'];

function filesUnder(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|md)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.includes('node_modules'));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const markdown = [...TOP_FILES, ...filesUnder('docs'), ...filesUnder('main')].filter((file) =>
  file.endsWith('.md'),
);

describe('links stay inside the repository', () => {
  it('every relative link in the README and docs leads to a file that exists', () => {
    const broken = markdown.flatMap((file) =>
      [...read(file).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!.split('#')[0]!)
        .filter((target) => target !== '' && !/^[a-z]+:/i.test(target))
        .filter((target) => !existsSync(join(ROOT, dirname(file), target)))
        .map((target) => `${file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('no file points to the design or protocol notes outside the repository', () => {
    const outside = /\.\.\/shared\/|\bDESIGN\.md\b|\bllu-protocol\.md\b|\barchitecture-anchors\b/;
    const self = relative(ROOT, new URL(import.meta.url).pathname);
    const offenders = [
      ...TOP_FILES.filter((f) => existsSync(join(ROOT, f))),
      ...SOURCE_DIRS.flatMap(filesUnder),
    ]
      .filter((file) => file !== self)
      .filter((file) => outside.test(read(file)));
    expect(offenders).toEqual([]);
  });
});

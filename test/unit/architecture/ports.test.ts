// Everything core asks of the outside world (clock, storage, network, tray, updater, …) is
// declared in main/core/ports.ts, so a reader — or someone porting Glucobar to a new platform —
// finds the whole list in one file. A port declared anywhere else would hide from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PORTS = 'main/core/ports.ts';

function productFiles(): string[] {
  return readdirSync(join(ROOT, 'main'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Names of the interfaces and types a file declares. */
function declaredNames(text: string): string[] {
  return [...text.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1]!);
}

describe('ports live in one file', () => {
  it('no module other than ports.ts is named or declares a *Port', () => {
    const offenders = productFiles().filter(
      (file) =>
        file !== PORTS &&
        (/-port\.ts$/.test(file) || /\b(?:interface|type) \w+Port\b/.test(read(file))),
    );
    expect(offenders).toEqual([]);
  });

  it('no port declared in ports.ts is declared again elsewhere', () => {
    const ports = declaredNames(read(PORTS));
    expect(ports).toEqual(expect.arrayContaining(['Clock', 'TrayPort', 'UpdatePort', 'HistoryFs']));
    const redeclared = productFiles()
      .filter((file) => file !== PORTS)
      .flatMap((file) =>
        declaredNames(read(file))
          .filter((name) => ports.includes(name))
          .map((name) => `${file}: ${name}`),
      );
    expect(redeclared).toEqual([]);
  });
});

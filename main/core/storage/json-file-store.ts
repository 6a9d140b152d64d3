import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeyValueStore } from '../ports';

/**
 * A JSON document in one file, written atomically (temp file + rename) so a crash leaves either
 * the old or the new document. `mode` applies to the file (0o600 for the CLI's token cache).
 * An unreadable or unparseable file reads as `undefined`; `parse` validates the shape.
 */
export function createJsonFileStore<T>(
  path: string,
  options: { mode?: number; parse: (raw: unknown) => T | undefined },
): KeyValueStore<T> {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return undefined;
      }
      try {
        return options.parse(JSON.parse(text));
      } catch {
        return undefined;
      }
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(value), { mode: options.mode ?? 0o600 });
      await rename(temp, path);
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}

import { randomBytes } from 'node:crypto';
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
      // Unique per write: parallel processes writing one document must not share a temp file.
      const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temp, JSON.stringify(value), { mode: options.mode ?? 0o600 });
        await rename(temp, path);
      } catch (error) {
        // A full disk or a folder in the file's place must not leave temp files behind.
        await rm(temp, { force: true }).catch(() => {});
        throw error;
      }
    },
    async clear() {
      await rm(path, { force: true });
    },
  };
}

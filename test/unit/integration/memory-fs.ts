// The history store's file-system seam kept in memory. The month test uses it because the real
// one flushes every reading to disk (fdatasync): 130,000 flushes in a simulated month cost minutes
// on a shared disk and say nothing about polling. Everything above the seam (record format, day
// files, dedupe, pruning, reloading) runs unchanged; durability itself is tested on real files in
// test/unit/history and in faults.test.ts.
import type { HistoryFs } from '../../../main/core/history';

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), {
    code: 'ENOENT',
  });
}

export interface MemoryFs extends HistoryFs {
  /** Bytes held in all files. */
  bytes(): number;
  files(): number;
}

export function createMemoryFs(): MemoryFs {
  // A growing buffer per file (doubling), so a day of one-record appends stays linear and the
  // bytes stay off the JavaScript heap, out of the month's heap figures.
  const files = new Map<string, { buffer: Uint8Array; length: number }>();
  const dirs = new Set<string>();
  const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  const mustHaveParent = (path: string) => {
    if (!dirs.has(parentOf(path))) throw enoent(path);
  };
  return {
    async readdir(dir) {
      if (!dirs.has(dir)) throw enoent(dir);
      return [...files.keys()]
        .filter((p) => parentOf(p) === dir)
        .map((p) => p.slice(dir.length + 1));
    },
    async readFile(path) {
      const file = files.get(path);
      if (!file) throw enoent(path);
      return file.buffer.slice(0, file.length);
    },
    async mkdir(dir) {
      for (let d = dir; d.length > 0; d = parentOf(d)) dirs.add(d);
    },
    async append(path, data) {
      mustHaveParent(path);
      const file = files.get(path) ?? { buffer: new Uint8Array(1024), length: 0 };
      if (file.length + data.length > file.buffer.length) {
        const grown = new Uint8Array(Math.max(2 * file.buffer.length, file.length + data.length));
        grown.set(file.buffer.subarray(0, file.length));
        file.buffer = grown;
      }
      file.buffer.set(data, file.length);
      file.length += data.length;
      files.set(path, file);
    },
    async replace(path, data) {
      mustHaveParent(path);
      const buffer = new Uint8Array(Math.max(1024, data.length));
      buffer.set(data);
      files.set(path, { buffer, length: data.length });
    },
    async remove(path) {
      files.delete(path);
    },
    bytes: () => [...files.values()].reduce((n, f) => n + f.length, 0),
    files: () => files.size,
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip size of everything the popover loads (out/renderer after `npm run build`). */
export async function benchRendererSize(): Promise<string[]> {
  const dir = 'out/renderer/assets';
  let raw = 0;
  let gzip = 0;
  const lines: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    lines.push(
      `${name}: ${(bytes.length / 1024).toFixed(1)} kB raw, ${(zipped / 1024).toFixed(1)} kB gzip`,
    );
  }
  lines.push(`total: ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`);
  return lines;
}

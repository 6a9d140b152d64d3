/**
 * Splits a byte stream into lines for newline-delimited JSON, refusing a line longer than
 * `maxBytes` (a peer that never sends a newline must not grow memory without bound).
 */
export function createLineReader(
  maxBytes: number,
  onLine: (line: string) => void,
  onTooLong: () => void,
): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  let failed = false;
  return (chunk) => {
    if (failed) return;
    pending = Buffer.concat([pending, chunk]);
    let newline = pending.indexOf(0x0a);
    while (newline >= 0) {
      if (newline > maxBytes) break;
      const line = pending.subarray(0, newline).toString('utf8');
      pending = pending.subarray(newline + 1);
      if (line.trim() !== '') onLine(line);
      newline = pending.indexOf(0x0a);
    }
    if ((newline >= 0 ? newline : pending.length) > maxBytes) {
      failed = true;
      onTooLong();
    }
  };
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

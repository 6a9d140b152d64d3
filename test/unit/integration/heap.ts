// A real garbage collection for memory figures. Vitest workers do not start with --expose-gc,
// so the flag is switched on at run time and `gc` taken from a fresh context (a V8 feature Node
// has long allowed). Without it, heap figures include garbage and mean little.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function garbageCollector(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** Heap in use after two full collections (the second catches what finalizers freed). */
export async function settledHeapUsed(gc: () => void): Promise<number> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc();
  return process.memoryUsage().heapUsed;
}

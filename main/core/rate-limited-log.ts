/**
 * A log that writes the same kind of line at most a few times a minute. Hostile input can
 * repeat a refused request thousands of times a second (a compromised page looping over IPC);
 * logging each one would fill the disk and bury every other line. The first lines of a burst
 * are written in full, the rest are counted, and the count rides on the next line written.
 */
import type { LogFields, Logger } from './ports';

export interface RateLimit {
  /** Lines of one kind written per window; the rest are counted. */
  lines: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { lines: 5, windowMs: 60_000 };

interface Window {
  start: number;
  written: number;
  suppressed: number;
}

/** `warn(kind, message, fields)`: lines of one `kind` share a limit (e.g. message + channel). */
export function createRateLimitedLog(
  logger: Logger,
  now: () => number,
  limit: RateLimit = DEFAULT_RATE_LIMIT,
): { warn(kind: string, message: string, fields: LogFields): void } {
  const windows = new Map<string, Window>();
  return {
    warn(kind, message, fields) {
      const at = now();
      let window = windows.get(kind);
      let suppressed = 0;
      if (!window || at - window.start >= limit.windowMs || at < window.start) {
        suppressed = window?.suppressed ?? 0;
        window = { start: at, written: 0, suppressed: 0 };
        windows.set(kind, window);
      }
      if (window.written >= limit.lines) {
        window.suppressed += 1;
        return;
      }
      window.written += 1;
      const last = window.written === limit.lines;
      logger.warn(message, {
        ...fields,
        ...(suppressed > 0 ? { suppressedBefore: suppressed } : {}),
        ...(last ? { furtherSuppressedForSeconds: Math.round(limit.windowMs / 1000) } : {}),
      });
    },
  };
}

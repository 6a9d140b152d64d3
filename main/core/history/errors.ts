import type { Reading } from '../glucose/reading';

export type HistoryErrorCode = 'write_failed' | 'closed' | 'invalid_options';

/** The only error the history store throws. Messages name files, never credentials. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  readonly code: HistoryErrorCode;
  /** For write_failed: how many readings are held in memory only. */
  readonly unsaved: number;
  /**
   * For write_failed from append: the readings that call accepted as new (what it would have
   * resolved with). They are stored in memory, so callers can still show and alarm on them.
   */
  readonly accepted: readonly Reading[];

  constructor(
    code: HistoryErrorCode,
    message: string,
    options: { cause?: unknown; unsaved?: number; accepted?: readonly Reading[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.unsaved = options.unsaved ?? 0;
    this.accepted = options.accepted ?? [];
  }
}

export function isHistoryError(value: unknown): value is HistoryError {
  return value instanceof HistoryError;
}

/** errno code of a Node file-system error (ENOENT, ENOSPC, ...), or a generic label. */
export function errnoOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

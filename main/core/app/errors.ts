/**
 * A command named something that does not exist (a person this account does not follow).
 * A class, so the IPC layer recognises it with `instanceof` instead of guessing from fields.
 */
export class NotFoundError extends Error {
  readonly code = 'not_found' as const;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * What the CLI could not save in its state dir during one run (a read-only or full disk,
 * `history` being a file, `session.json` a folder). None of it hides the value that was
 * fetched: `status` still prints it, with this warning beside it (README, "The command-line
 * tool").
 */
import { errnoOf } from '../core/history/errors';

export interface StateWarnings {
  /** Records one failed save: `what` was not saved because of `error`. */
  add(what: string, error: unknown): void;
  /** One sentence for people, or null when everything was saved. */
  message(): string | null;
}

export function createStateWarnings(stateDir: string): StateWarnings {
  const problems = new Map<string, string>();
  return {
    add(what, error) {
      // A history write failure wraps the file-system error: name that (ENOSPC, EROFS…).
      const cause = (error as { cause?: unknown } | null)?.cause;
      if (!problems.has(what)) problems.set(what, errnoOf(cause ?? error));
    },
    message() {
      if (problems.size === 0) return null;
      const list = [...problems].map(([what, code]) => `${what} (${code})`).join(', ');
      return `could not save to the state dir ${stateDir}: ${list}`;
    },
  };
}

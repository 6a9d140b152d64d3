/**
 * Telling "LibreLinkUp has changed" apart from a bad moment. One answer of no known shape (an
 * unknown status, a required field missing on every connection, ciphertext where JSON was
 * expected) is reported as `bad_response` and retried. When several calls in a row end in such
 * answers, the classic API has most likely been replaced (LibreLinkUp 5 answers encrypted
 * bodies and `code 5`, llu-protocol §9 2026-04), and retrying will not help: the call then
 * fails with `api_changed`. The count is kept with the session, so a status bar that runs
 * `glucobar status` once a minute reaches the same verdict as the app.
 */
import { LluError, isLluError } from './errors';
import { GLOBAL_REGION } from './regions';
import type { SessionKeeper } from './session';

/** Calls in a row whose answers matched no known pattern before LibreLinkUp counts as changed. */
export const API_CHANGE_THRESHOLD = 3;

export interface ApiChangeWatch {
  /** Runs one public call and keeps count of how it ended. */
  observe<T>(call: () => Promise<T>): Promise<T>;
}

export function createApiChangeWatch(sessions: SessionKeeper): ApiChangeWatch {
  async function count(next: number | undefined): Promise<void> {
    const current = await sessions.load();
    if (current?.unrecognisedAnswers === next) return;
    const base = current ?? { token: '', expiresAt: 0, userId: '', region: GLOBAL_REGION };
    const { unrecognisedAnswers: _previous, ...rest } = base;
    await sessions.set(next === undefined ? rest : { ...rest, unrecognisedAnswers: next });
  }

  return {
    async observe(call) {
      try {
        const result = await call();
        await count(undefined);
        return result;
      } catch (error) {
        if (!isLluError(error)) throw error;
        if (error.unrecognised) {
          const seen = ((await sessions.load())?.unrecognisedAnswers ?? 0) + 1;
          await count(seen);
          if (seen >= API_CHANGE_THRESHOLD) throw apiChanged(error);
        } else if (error.details.httpStatus !== undefined) {
          // A failure LibreLinkUp is known to answer: the classic API still speaks.
          await count(undefined);
        }
        throw error;
      }
    },
  };
}

function apiChanged(cause: LluError): LluError {
  const { httpStatus, field } = cause.details;
  return new LluError(
    'api_changed',
    'LibreLinkUp has changed; Glucobar needs an update. Its answers no longer match anything ' +
      'this version of Glucobar knows, several times in a row. Check for a Glucobar update; ' +
      'your account is not affected.',
    {
      ...(httpStatus !== undefined ? { httpStatus } : {}),
      ...(field !== undefined ? { field } : {}),
    },
    { unrecognised: true },
  );
}

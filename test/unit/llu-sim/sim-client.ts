// The real LibreLinkUp client pointed at a simulator, and a helper to read its typed failure:
// shared by the tests in this folder.
import { createLluClient, type LluClientOptions } from '../../../main/core/llu/client';
import { isLluError, type LluError } from '../../../main/core/llu/errors';
import type { StoredSession } from '../../../main/core/llu/types';
import { silentLogger, type Clock, type KeyValueStore } from '../../../main/core/ports';
import { createMemoryStore } from '../../../main/core/storage/memory-store';
import type { Simulator } from '../../../main/simulator';

export function simClient(
  sim: Simulator,
  clock: Clock,
  options: Partial<LluClientOptions> = {},
  store: KeyValueStore<StoredSession> = createMemoryStore<StoredSession>(),
) {
  const llu = createLluClient({
    fetch: (url, init) => fetch(url, init),
    clock,
    logger: silentLogger,
    credentials: sim.demo,
    sessionStore: store,
    apiUrl: sim.apiUrl,
    timeoutMs: 1_500,
    ...options,
  });
  return { llu, store };
}

/** The LluError a call fails with; any other outcome fails the test. */
export async function failure(promise: Promise<unknown>): Promise<LluError> {
  try {
    await promise;
  } catch (error) {
    if (isLluError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/**
 * The local endpoint over an app core: what the Electron app and `glucobar daemon` both serve.
 * The snapshot goes out exactly as the core built it (stale readings and error states included).
 */
import type { Snapshot } from '../../../common/snapshot';
import type { Logger } from '../ports';
import type { EndpointRole } from './protocol';
import { startEndpointServer, type EndpointServer, type SnapshotSource } from './server';

export interface CoreLike {
  snapshot(): Snapshot;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
}

export function coreSnapshotSource(
  core: CoreLike,
  settings: { get(): { staleAfterMinutes: number } },
): SnapshotSource {
  return {
    snapshot: () => core.snapshot(),
    onSnapshot: (listener) => core.onSnapshot(listener),
    staleAfterMinutes: () => settings.get().staleAfterMinutes,
  };
}

/** For the app: the endpoint is a convenience, so a failure is logged and the app carries on. */
export async function serveCoreEndpoint(options: {
  runDir: string;
  role: EndpointRole;
  core: CoreLike;
  settings: { get(): { staleAfterMinutes: number } };
  logger: Logger;
}): Promise<EndpointServer | null> {
  try {
    return await startEndpointServer({
      runDir: options.runDir,
      role: options.role,
      source: coreSnapshotSource(options.core, options.settings),
      logger: options.logger,
    });
  } catch (error) {
    options.logger.warn('local endpoint not started', { reason: (error as Error).message });
    return null;
  }
}

/**
 * A LibreLinkUp look-alike on 127.0.0.1 for the demo mode, tests and benchmarks: realistic
 * glucose for several wearers, the login state machine with its redirects and document steps,
 * and every documented failure on demand (docs/librelinkup.md). All simulated time
 * comes from the injected clock, so a test can live through 30 days in seconds over real HTTP.
 */
import { silentLogger, systemClock } from '../core/ports';
import { createLoginGuard } from './auth/lockout';
import { createTokenService } from './auth/tokens';
import { createControl } from './control/control';
import { createHttpControl } from './control/http-control';
import { createFaultRegistry } from './faults/registry';
import { createRandom, hash32 } from './random';
import type { SimulatorState } from './server/context';
import { createRequestCounter } from './server/counts';
import { startHttpServer } from './server/http-server';
import { createPipeline } from './server/pipeline';
import { DEMO_CREDENTIALS, installBuiltins } from './state/builtin';
import { createPolicy } from './state/policy';
import { createWorld } from './state/world';
import type { Simulator, SimulatorOptions } from './types';

export type * from './types';
export { SimulatorControlError } from './control/errors';
export { accountIdOf } from './auth/data-gate';
export {
  DEMO_CREDENTIALS,
  SCENARIO_ACCOUNTS,
  SCENARIO_PASSWORD,
  UNKNOWN_REGION,
} from './state/builtin';
export { DEFAULT_MINIMUM_VERSION } from './state/policy';
export { formatLluTimestamp, parseLluTimestamp } from './time-format';
export { ENDPOINTS, type EndpointName } from './server/counts';

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const seed = options.seed ?? 1;
  const logger = options.logger ?? silentLogger;
  const world = createWorld(seed, clock.now());
  installBuiltins(world);
  let origin = '';
  const state: SimulatorState = {
    clock,
    seed,
    logger,
    world,
    tokens: createTokenService(seed, clock),
    guard: createLoginGuard(),
    faults: createFaultRegistry(),
    counter: createRequestCounter(),
    policy: createPolicy(),
    acceptedSteps: new Map(),
    laggingSessions: new Map(),
    random: createRandom(hash32(seed, 'requests')),
    origin: () => origin,
  };
  const control = createControl(state);
  const server = await startHttpServer({
    port: options.port ?? 0,
    clock,
    logger,
    handle: createPipeline(state),
    control: createHttpControl(control),
  });
  origin = server.origin;
  logger.info('simulator: LibreLinkUp look-alike listening', { url: origin });
  return {
    url: origin,
    apiUrl: `${origin}/{region}`,
    demo: { ...DEMO_CREDENTIALS },
    control,
    close: () => server.close(),
  };
}

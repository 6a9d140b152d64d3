/**
 * The simulator as the demo mode uses it (`npm run demo`, `glucobar status --demo`): a fixed
 * seed so every demo shows the same three wearers, the demo account ready to sign in with.
 */
import { startSimulator } from './index';
import type { Simulator, SimulatorOptions } from './types';

/** Seed of the demo wearers (names, ids and curves). */
export const DEMO_SEED = 20_251_009;

export type DemoSimulatorOptions = SimulatorOptions;

/** Starts the demo simulator; sign in with `simulator.demo` against `simulator.apiUrl`. */
export async function startDemoSimulator(options: DemoSimulatorOptions = {}): Promise<Simulator> {
  const simulator = await startSimulator({ seed: DEMO_SEED, ...options });
  options.logger?.info('demo: sign in with the demo account', {
    url: simulator.url,
    email: simulator.demo.email,
  });
  return simulator;
}

// `npm run bench`: prints figures, asserts nothing. Each section is one benchmark module; a
// section that fails prints why and the others still run.
import { garbageCollector } from '../unit/integration/heap';
import { benchChartPaint } from './chart-paint';
import { benchCoreStep } from './core-step';
import { benchDaysPaint } from './days-paint';
import { benchCliStatus } from './cli-status';
import { benchHistory } from './history';
import { benchHostile } from './hostile';
import { benchMonth } from './month';
import { benchPollerLag } from './poller-lag';
import { benchRendererSize } from './renderer-size';

const sections: Array<[string, () => Promise<string[]>]> = [
  ['poller lag: aligned schedule vs a plain 60 s timer', benchPollerLag],
  ['core: one event (reducer step, snapshot build)', benchCoreStep],
  ['a simulated month against the simulator', benchMonth],
  ['history: 90 days of minute readings on disk', benchHistory],
  ['chart paint in Chromium (built renderer)', benchChartPaint],
  ['report small multiples in Chromium (built renderer)', benchDaysPaint],
  ['renderer bundle', benchRendererSize],
  ['glucobar status: from a running daemon vs direct (built command)', benchCliStatus],
  ['glucobar status: hostile answers and parallel runs (built command)', benchHostile],
];

// Memory figures mean more after a real collection; sections look for `globalThis.gc`.
const gc = garbageCollector();
const global = globalThis as { gc?: () => void };
if (gc && !global.gc) global.gc = gc;

let failed = 0;
for (const [name, run] of sections) {
  const started = performance.now();
  console.log(`\n${name}`);
  try {
    for (const line of await run()) console.log(`  ${line}`);
  } catch (error) {
    failed += 1;
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed > 0 ? 1 : 0;

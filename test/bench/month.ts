// Thirty simulated days of the app core following the demo account (three wearers) against the
// simulator over HTTP: requests per hour per endpoint, and memory at the end. History files are
// kept in memory (see test/unit/integration/memory-fs.ts: a month of flushed writes would time
// the disk, not Glucobar). Prints figures; asserts nothing.
import { garbageCollector, settledHeapUsed } from '../unit/integration/heap';
import { createMemoryFs } from '../unit/integration/memory-fs';
import { createRequestAudit } from '../unit/integration/request-audit';
import { HOUR, startRig } from '../unit/integration/rig';
import type { EndpointName } from '../../main/simulator/index';

const DAYS = 30;
const START = Date.UTC(2026, 10, 24, 8, 0, 0);
const ENDPOINTS: EndpointName[] = ['connections', 'graph', 'login', 'logbook'];

/**
 * Memory goal (the unit test's four days only catch gross leaks): a heap that grew by one small
 * object per poll from day 5 to day 30 (~36,000 polls) would grow by more than this.
 */
const HEAP_GOAL = 2 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function benchMonth(): Promise<string[]> {
  const files = createMemoryFs();
  const rig = await startRig({ start: START, historyFs: files });
  const gc = garbageCollector();
  const lines: string[] = [];
  try {
    const audit = createRequestAudit(rig.sim);
    const started = performance.now();
    let heapDay5 = 0;
    rig.core.start();
    for (let half = 1; half <= DAYS * 2; half += 1) {
      await rig.advance(12 * HOUR);
      audit.collect();
      if (half === 10 && gc) heapDay5 = await settledHeapUsed(gc);
    }
    const seconds = (performance.now() - started) / 1000;
    const counts = rig.sim.control.counts();
    lines.push(
      `${DAYS} simulated days, ${counts.total.toLocaleString('en')} requests, in ${seconds.toFixed(0)} s ` +
        `(${(seconds / DAYS).toFixed(2)} s a day)`,
    );
    for (const endpoint of ENDPOINTS) {
      const hours = audit.perHour(endpoint);
      const total = counts.byEndpoint[endpoint];
      const max = hours.length > 0 ? Math.max(...hours) : 0;
      lines.push(
        `${endpoint}: ${(total / (DAYS * 24)).toFixed(2)} per hour (busiest hour ${max}, ${total} in all)`,
      );
    }
    const busiest = audit.busiestMinute();
    lines.push(
      `busiest minute: ${busiest.data} data requests, ${busiest.all} with logins; ` +
        `logins ${counts.logins.success} successful of ${counts.byEndpoint.login} requests`,
    );

    const heap = gc ? await settledHeapUsed(gc) : process.memoryUsage().heapUsed;
    const usage = process.memoryUsage();
    const note = gc ? '' : ' (no garbage collector: rough)';
    lines.push(
      `memory after ${DAYS} days${note}: heap used ${mb(heap)}` +
        (gc
          ? ` (day 5: ${mb(heapDay5)}, ${heap >= heapDay5 ? '+' : ''}${mb(heap - heapDay5)}; ` +
            `goal: flat within ${mb(HEAP_GOAL)} — ${heap - heapDay5 < HEAP_GOAL ? 'met' : 'NOT met'})`
          : '') +
        `, array buffers ${mb(usage.arrayBuffers)}, rss ${mb(usage.rss)} (includes the simulator)`,
    );
    let readings = 0;
    for (const id of rig.patientIds) {
      readings += (await rig.history.range(id, 0, Number.POSITIVE_INFINITY)).length;
    }
    lines.push(
      `history: ${readings.toLocaleString('en')} readings for ${rig.patientIds.length} wearers ` +
        `(~${mb(readings * 14)} in typed arrays), ${files.files()} day files, ${mb(files.bytes())}`,
    );
  } finally {
    await rig.close();
  }
  return lines;
}
